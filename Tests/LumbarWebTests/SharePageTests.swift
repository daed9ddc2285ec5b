import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarJSON
import Testing

@testable import LumbarWeb

extension API {
    /// A CSRF token shaped like the ones the pages issue (43 base64url characters).
    static let csrf = String(repeating: "c", count: 43)

    /// Posts an HTML form; the CSRF cookie is sent unless `cookie` is false, and the `_csrf` field
    /// echoes it unless `echo` is false.
    func form(_ path: String, _ fields: [(String, String)], cookie: Bool = true, echo: Bool = true) async throws
        -> Reply
    {
        var pairs = fields
        if echo { pairs.append(("_csrf", API.csrf)) }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let body = pairs.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
        }.joined(separator: "&")
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if cookie { headers[.cookie] = "lumbar_csrf=\(API.csrf)" }
        let response = try await client.execute(
            uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
        return Reply(status: response.status, headers: response.headers, text: String(buffer: response.body))
    }
}

/// The client's share page (`/s/{token}`), its next-morning form, and the next-morning API route.
@Suite struct SharePageTests {
    /// A planned client with a live share link, and a second client of the same trainer.
    struct Shared {
        let planned: ProgramRouteTests.Planned
        let token: String
        let linkID: String
    }

    static func shared(_ api: API) async throws -> Shared {
        let planned = try await ProgramRouteTests.planned(api)
        let created = try await api.post("/api/v1/clients/\(planned.client)/share-links", token: planned.trainer.token)
        #expect(created.status == .created, "\(created.text)")
        return Shared(
            planned: planned, token: try #require(created.string("token")), linkID: try #require(created.string("id")))
    }

    /// The test clock's day, `offset` days on.
    static func day(_ api: API, _ offset: Int = 0) -> String {
        CivilDate(daysSinceEpoch: Int((api.clock.now.timeIntervalSince1970 / 86_400).rounded(.down)))
            .adding(days: offset).description
    }

    /// Logs a session through the share API without next-morning pain and returns its id.
    static func logWithoutMorning(_ api: API, _ shared: Shared, date: String, before: Int = 3, after: Int = 4)
        async throws -> String
    {
        let reply = try await api.post(
            "/api/v1/share/\(shared.token)/sessions",
            #"{"date": "\#(date)", "painBefore": \#(before), "painAfter": \#(after), "exercises": []}"#)
        #expect(reply.status == .created, "\(reply.text)")
        return try #require(reply.string("id"))
    }

    @Test(arguments: StoreKind.available)
    func theSharePageShowsOnlyThisClientsProgramAndHistory(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let shared = try await Self.shared(api)
            let trainer = shared.planned.trainer
            // Another client of the same trainer, with a program and a session of their own.
            let other = try await api.createClient(trainer, name: "Ruthanne Otherperson")
            #expect(try await api.assess(trainer, client: other).status == .created)
            _ = try await Self.logWithoutMorning(api, shared, date: Self.day(api, -3), before: 6, after: 5)

            let page = try await api.get("/s/\(shared.token)")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.text.contains("Hi Dana"))
            for exercise in shared.planned.program.allExercises {
                #expect(page.text.contains(Escaping.html(exercise.name)), "\(exercise.name)")
            }
            #expect(page.text.contains(#"id="start-session""#))
            #expect(page.text.contains(#"id="player-plan""#))
            #expect(page.text.contains(#"data-timer-scale="1.0""#))
            #expect(page.text.contains("<svg") && page.text.contains("pain-table"))
            #expect(page.text.contains(#"<th scope="row">\#(Self.day(api, -3))</th><td>6</td><td>5</td>"#))
            // Nothing about the trainer, the client's full name, or anyone else.
            for secret in [trainer.email, trainer.token, "Alex Trainer", "Dana Example", "Ruthanne", other] {
                #expect(!page.text.contains(secret), "the share page shows \(secret)")
            }
            #expect(!page.text.contains("/dashboard") && !page.text.contains("Sign out"))

            // The security headers every page carries.
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            #expect(page.headers[.init("Referrer-Policy")!] == "no-referrer")
            #expect(page.headers[.init("X-Content-Type-Options")!] == "nosniff")
            #expect(page.headers[.cacheControl] == "no-store")
        }
    }

    @Test func thePlayersPlanIsSafeJSONInsideTheScriptElement() async throws {
        try await withApp(.sqlite) { api in
            let shared = try await Self.shared(api)
            let page = try await api.get("/s/\(shared.token)")
            let start = try #require(page.text.range(of: #"<script type="application/json" id="player-plan">"#))
            let end = try #require(page.text.range(of: "</script>", range: start.upperBound..<page.text.endIndex))
            let json = try JSONParser.parse(String(page.text[start.upperBound..<end.lowerBound]))
            #expect(json["programId"] == .string(shared.planned.programID))
            guard case .array(let exercises)? = json["exercises"] else {
                Issue.record("no exercises in the plan")
                return
            }
            #expect(exercises.map { $0["id"] } == shared.planned.program.allExercises.map { .string($0.id) })
            #expect(exercises.allSatisfy { $0["sets"] != nil && $0["doseText"] != nil && $0["cues"] != nil })
            // The token is in the page only where the client's own links need it.
            #expect(page.text.contains(#"data-post-url="/api/v1/share/\#(shared.token)/sessions""#))
        }
    }

    @Test func theTimerScaleReachesThePlayer() async throws {
        var config = AppConfig.testing
        config.timerScale = 0.02
        try await withApp(.sqlite, config: config) { api in
            let shared = try await Self.shared(api)
            #expect(try await api.get("/s/\(shared.token)").text.contains(#"data-timer-scale="0.02""#))
        }
    }

    @Test func thePainTableListsTheChartsNumbersNewestFirst() throws {
        func entry(_ date: String, _ before: Int, _ after: Int, _ morning: Int?, done: Int) throws -> HistoryEntry {
            let pain = SessionPain(
                date: try #require(CivilDate(date)), painBefore: before, painAfter: after, painNextMorning: morning,
                highestPainDuring: nil)
            return HistoryEntry(id: UUID(), pain: pain, exercisesLogged: done + 1, exercisesDone: done, notes: nil)
        }
        let rows = SharePage.painRows([
            try entry("2026-11-18", 5, 4, nil, done: 6), try entry("2026-11-20", 4, 3, 2, done: 0),
        ])
        let table = SharePage.painTable(rows, caption: "Pain <by> session").html
        #expect(table.contains("<caption>Pain &lt;by&gt; session</caption>"))
        let first = try #require(table.range(of: "2026-11-20"))
        let second = try #require(table.range(of: "2026-11-18"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(table.contains("<td>4</td><td>3</td><td>2</td><td>0</td>"))
        #expect(table.contains("<td>5</td><td>4</td><td>–</td><td>6</td>"))
        #expect(SharePage.painTable([], caption: "c").html.contains(#"<td colspan="5">No sessions logged yet.</td>"#))
        // Well-formed as XML too.
        _ = try SVGReader.read(table)
    }

    @Test(arguments: StoreKind.available)
    func unknownRevokedExpiredOrArchivedLinksAnswerAnHTMLNotFound(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let shared = try await Self.shared(api)
            for token in [String(repeating: "x", count: 43), "short", "not a token at all"] {
                let page = try await api.get("/s/\(token.replacingOccurrences(of: " ", with: "%20"))")
                #expect(page.status == .notFound, "\(token)")
                #expect(page.headers[.contentType] == "text/html; charset=utf-8")
                #expect(page.text.contains("Not found") && !page.text.contains("Hi Dana"))
            }

            // Expired: the link lasts 90 days.
            api.clock.advance(days: 91)
            #expect(try await api.get("/s/\(shared.token)").status == .notFound)
        }
        try await withApp(kind) { api in
            let shared = try await Self.shared(api)
            let revoked = try await api.delete(
                "/api/v1/share-links/\(shared.linkID)", token: shared.planned.trainer.token)
            #expect(revoked.status == .noContent)
            #expect(try await api.get("/s/\(shared.token)").status == .notFound)
            let morning = try await api.form(
                "/s/\(shared.token)/morning", [("session", UUID().uuidString), ("pain", "2")])
            #expect(morning.status == .notFound)
        }
        try await withApp(kind) { api in
            let shared = try await Self.shared(api)
            let archived = try await api.post(
                "/api/v1/clients/\(shared.planned.client)/archive", token: shared.planned.trainer.token)
            #expect(archived.status == .ok)
            #expect(try await api.get("/s/\(shared.token)").status == .notFound)
        }
    }

    @Test func aClientWithoutAProgramIsToldKindlyAndSeesNoExercises() async throws {
        try await withApp(.sqlite) { api in
            let trainer = try await api.register()
            let client = try await api.createClient(trainer)
            let referral = try await api.assess(trainer, client: client, example: "referral")
            #expect(referral.string("decision") == "refer")
            let created = try await api.post("/api/v1/clients/\(client)/share-links", token: trainer.token)
            let page = try await api.get("/s/\(try #require(created.string("token")))")
            #expect(page.status == .ok)
            #expect(page.text.contains("No exercises for now"))
            #expect(page.text.contains("doctor or physiotherapist"))
            #expect(!page.text.contains("start-session") && !page.text.contains("player-plan"))
            #expect(!page.text.contains(#"class="exercise""#))

            let fresh = try await api.createClient(trainer, name: "Sam New")
            let link = try await api.post("/api/v1/clients/\(fresh)/share-links", token: trainer.token)
            let waiting = try await api.get("/s/\(try #require(link.string("token")))")
            #expect(waiting.text.contains("Hi Sam") && waiting.text.contains("not set up your exercises yet"))
        }
    }

    @Test(arguments: StoreKind.available)
    func theDayAfterASessionThePageAsksForNextMorningPain(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let shared = try await Self.shared(api)
            let yesterday = Self.day(api, -1)
            let id = try await Self.logWithoutMorning(api, shared, date: yesterday)

            let page = try await api.get("/s/\(shared.token)")
            #expect(page.text.contains(#"id="morning-card" data-session-date="\#(yesterday)""#))
            #expect(page.text.contains(#"name="session" value="\#(id)""#))
            #expect(page.headers[.setCookie]?.contains("lumbar_csrf=") == true)

            let saved = try await api.form("/s/\(shared.token)/morning", [("session", id), ("pain", "2")])
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/s/\(shared.token)?saved=morning")

            let sessions = try await api.get(
                "/api/v1/clients/\(shared.planned.client)/sessions", token: shared.planned.trainer.token)
            #expect(sessions.array("items").first?["painNextMorning"] == .int(2))
            let after = try await api.get("/s/\(shared.token)?saved=morning")
            #expect(after.text.contains(#"id="morning-saved""#))
            #expect(!after.text.contains(#"id="morning-card""#))
            #expect(after.text.contains(#"<td>3</td><td>4</td><td>2</td>"#))
        }
    }

    @Test func theMorningQuestionWaitsForASessionWithoutOneAndGivesUpAfterTwoDays() async throws {
        try await withApp(.sqlite) { api in
            let shared = try await Self.shared(api)
            #expect(!(try await api.get("/s/\(shared.token)").text.contains("morning-card")))
            _ = try await Self.logWithoutMorning(api, shared, date: Self.day(api, -3))
            #expect(!(try await api.get("/s/\(shared.token)").text.contains("morning-card")))
            _ = try await Self.logWithoutMorning(api, shared, date: Self.day(api, -2))
            #expect(try await api.get("/s/\(shared.token)").text.contains("morning-card"))
        }
    }

    @Test func badMorningAnswersReRenderTheFormWithTheProblem() async throws {
        try await withApp(.sqlite) { api in
            let shared = try await Self.shared(api)
            let id = try await Self.logWithoutMorning(api, shared, date: Self.day(api, -1))
            let path = "/s/\(shared.token)/morning"
            let cases: [([(String, String)], String)] = [
                ([("session", id), ("pain", "11")], "11 is outside 0…10"),
                ([("session", id), ("pain", "-1")], "-1 is outside 0…10"),
                ([("session", id), ("pain", "lots")], "&quot;lots&quot; is not a whole number"),
                ([("session", id)], "Pain this morning: is required"),
                ([("session", id), ("pain", " ")], "Pain this morning: is required"),
                ([("pain", "3")], "does not say which session"),
                ([("session", "not-a-uuid"), ("pain", "3")], "does not say which session"),
            ]
            for (fields, message) in cases {
                let reply = try await api.form(path, fields)
                #expect(reply.status == .unprocessableContent, "\(fields)")
                #expect(reply.text.contains(message), "\(fields): \(message)")
                #expect(reply.text.contains(#"id="morning-card""#) && reply.text.contains("error-summary"))
                #expect(reply.text.contains("Hi Dana"))
            }
            // The field at fault is marked, and keeps a usable slider value.
            let outOfRange = try await api.form(path, [("session", id), ("pain", "11")])
            #expect(outOfRange.text.contains(#"value="10" aria-invalid="true" aria-describedby="pain-error""#))
            // Nothing was written.
            let sessions = try await api.get(
                "/api/v1/clients/\(shared.planned.client)/sessions", token: shared.planned.trainer.token)
            #expect(sessions.array("items").first?["painNextMorning"] == .null)
        }
    }

    @Test func theMorningFormNeedsItsCSRFTokenAndTheClientsOwnSession() async throws {
        try await withApp(.sqlite) { api in
            let shared = try await Self.shared(api)
            let id = try await Self.logWithoutMorning(api, shared, date: Self.day(api, -1))
            let path = "/s/\(shared.token)/morning"
            let fields = [("session", id), ("pain", "2")]
            #expect(try await api.form(path, fields, echo: false).status == .forbidden)
            let noCookie = try await api.form(path, fields, cookie: false)
            #expect(noCookie.status == .forbidden)
            #expect(noCookie.headers[.contentType] == "text/html; charset=utf-8")

            // A session of another client (even of the same trainer) is not found through this link.
            let other = try await api.createClient(shared.planned.trainer, name: "Ruth Other")
            let foreign = try await api.post(
                "/api/v1/clients/\(other)/sessions", token: shared.planned.trainer.token,
                SessionText.painOnly(date: Self.day(api, -1), pain: 2))
            let foreignID = try #require(foreign.string("id"))
            #expect(try await api.form(path, [("session", foreignID), ("pain", "2")]).status == .notFound)
            #expect(try await api.form(path, [("session", UUID().uuidString), ("pain", "2")]).status == .notFound)
        }
    }

    @Test(arguments: StoreKind.available)
    func theNextMorningAPIRouteSetsThePain(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let shared = try await Self.shared(api)
            let id = try await Self.logWithoutMorning(api, shared, date: Self.day(api, -1))
            let path = "/api/v1/share/\(shared.token)/sessions/\(id)"

            let ok = try await api.patch(path, #"{"painNextMorning": 1}"#)
            #expect(ok.status == .ok, "\(ok.text)")
            #expect(ok.string("id") == id)
            #expect(ok.int("painNextMorning") == 1)
            #expect(ok.int("painBefore") == 3 && ok.int("painAfter") == 4)
            #expect(try await api.patch(path, #"{"painNextMorning": 0}"#).int("painNextMorning") == 0)

            let bad: [(String, String)] = [
                (#"{"painNextMorning": 11}"#, "painNextMorning"), (#"{"painNextMorning": -1}"#, "painNextMorning"),
                (#"{"painNextMorning": 2.5}"#, "painNextMorning"), (#"{"painNextMorning": "3"}"#, "painNextMorning"),
                (#"{"painNextMorning": null}"#, "painNextMorning"), ("{}", "painNextMorning"),
                (#"{"painNextMorning": 2, "painAfter": 1}"#, "painAfter"), ("[]", ""),
            ]
            for (body, field) in bad {
                let reply = try await api.patch(path, body)
                #expect(reply.status == .unprocessableContent, "\(body): \(reply.text)")
                #expect(reply.errorCode == "validationFailed")
                if !field.isEmpty { #expect(reply.errorField == field, "\(body)") }
            }
            #expect(try await api.patch(path, "{").status == .badRequest)
            #expect(try await api.patch(path, "").status == .badRequest)

            let wrongToken = "/api/v1/share/\(String(repeating: "x", count: 43))/sessions/\(id)"
            #expect(try await api.patch(wrongToken, #"{"painNextMorning": 1}"#).status == .notFound)
            let unknown = "/api/v1/share/\(shared.token)/sessions/\(UUID().uuidString)"
            #expect(try await api.patch(unknown, #"{"painNextMorning": 1}"#).status == .notFound)
            let notAnID = "/api/v1/share/\(shared.token)/sessions/nope"
            #expect(try await api.patch(notAnID, #"{"painNextMorning": 1}"#).status == .notFound)

            let stored = try await api.get(
                "/api/v1/clients/\(shared.planned.client)/sessions", token: shared.planned.trainer.token)
            #expect(stored.array("items").first?["painNextMorning"] == .int(0))
        }
    }

    @Test func theNextMorningAPIRouteReachesOnlyTheLinkedClientsSessions() async throws {
        try await withApp(.sqlite) { api in
            let shared = try await Self.shared(api)
            let other = try await Self.shared(api)
            let theirs = try await Self.logWithoutMorning(api, other, date: Self.day(api, -1))
            let reply = try await api.patch(
                "/api/v1/share/\(shared.token)/sessions/\(theirs)", #"{"painNextMorning": 1}"#)
            #expect(reply.status == .notFound)
            #expect(reply.errorCode == "notFound")
        }
    }
}
