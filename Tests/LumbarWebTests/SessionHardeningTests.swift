import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarJSON
import LumbarStore
import Testing

@testable import LumbarWeb

/// Bad input and share links can no longer break a client's record: session dates are bounded,
/// a damaged program version never answers 500, trainers correct and delete sessions, a share link
/// answers next-morning pain only for its own recent sessions, and retries store nothing twice.
@Suite struct SessionHardeningTests {
    /// A session with only pain ratings on `date`.
    static func painOnly(_ date: String, notes: String? = nil) -> String {
        let notesField = notes.map { #", "notes": \#($0)"# } ?? ""
        return #"{"date": "\#(date)", "painBefore": 2, "painAfter": 2\#(notesField), "exercises": []}"#
    }

    @Test(arguments: StoreKind.available)
    func sessionsMustBeDatedFromAYearBeforeTheClientToTomorrow(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let shared = try await SharePageTests.shared(api)
            let trainer = shared.planned.trainer
            let path = "/api/v1/clients/\(shared.planned.client)/sessions"
            let sharePath = "/api/v1/share/\(shared.token)/sessions"
            for target in [(path, Optional(trainer.token)), (sharePath, nil)] {
                for date in ["9999-12-31", SharePageTests.day(api, 2), "0001-01-01", SharePageTests.day(api, -366)] {
                    let reply = try await api.post(target.0, token: target.1, Self.painOnly(date))
                    #expect(reply.status == .unprocessableContent, "\(date): \(reply.text)")
                    #expect(reply.errorField == "date")
                }
                for date in [SharePageTests.day(api, 1), SharePageTests.day(api, -365), SharePageTests.day(api)] {
                    let reply = try await api.post(target.0, token: target.1, Self.painOnly(date))
                    #expect(reply.status == .created, "\(date): \(reply.text)")
                }
            }
            // The window moves with the clock.
            api.clock.advance(days: 5)
            #expect(
                try await api.post(path, token: trainer.token, Self.painOnly(SharePageTests.day(api, 1))).status
                    == .created)
            #expect(try await api.post("\(path)", token: trainer.token, Self.painOnly("2026-11-22")).status == .created)
            let progressed = try await api.post(
                "/api/v1/clients/\(shared.planned.client)/progression", token: trainer.token)
            #expect(progressed.status == .ok, "\(progressed.text)")
        }
    }

    /// A session stored before dates were checked (the one-line attack: a share link posting
    /// 9999-12-31, then a progression) must leave every page working and be removable.
    @Test(arguments: StoreKind.available)
    func aFarFutureSessionFromBeforeTheFixNeverBreaksTheClient(_ kind: StoreKind) async throws {
        try await withAppAndStore(kind) { api, store in
            let (signedIn, account, client, assessed) = try await Browser.assessedClient(api)
            var browser = signedIn
            let programID = try #require(assessed.string("program.id"))
            let link = try await api.post("/api/v1/clients/\(client)/share-links", token: account.token)
            let token = try #require(link.string("token"))
            let legacy = SessionLogRecord(
                id: UUID(), trainerID: try #require(UUID(uuidString: account.id)),
                clientID: try #require(UUID(uuidString: client)), programID: nil, programVersion: nil,
                date: CivilDate(year: 9999, month: 12, day: 31),
                document: Self.painOnly("9999-12-31").replacingOccurrences(of: " ", with: ""),
                createdAt: api.clock.now)
            try await store.addSession(legacy)

            let progression = try await api.post("/api/v1/clients/\(client)/progression", token: account.token)
            #expect(progression.status == .unprocessableContent)
            #expect(progression.errorCode == "sessionOutOfRange")
            #expect(progression.string("error.message")?.contains(legacy.id.wire) == true)
            for page in ["/clients/\(client)", "/programs/\(programID)", "/programs/\(programID)/print"] {
                #expect(try await browser.get(page).status == .ok, "\(page)")
            }
            #expect(try await api.get("/s/\(token)").status == .ok)
            #expect(try await api.get("/api/v1/share/\(token)").status == .ok)
            #expect(
                try await api.patch(
                    "/api/v1/programs/\(programID)", token: account.token,
                    #"{"dose": {"exercise": "glute-bridge", "sets": 3}}"#
                ).status != .internalServerError)

            // The trainer removes it, and the progression works again.
            #expect(
                try await api.delete("/api/v1/sessions/\(legacy.id.wire)", token: account.token).status == .noContent)
            #expect(try await api.post("/api/v1/clients/\(client)/progression", token: account.token).status == .ok)
        }
    }

    /// A stored version no reader accepts (as the 9999-12-31 progression wrote, with an adherence of
    /// 1,248,048 scheduled sessions) is logged and stood in for by the last valid one, never a 500.
    @Test(arguments: StoreKind.available)
    func aDamagedProgramVersionShowsTheLastValidOneWithANotice(_ kind: StoreKind) async throws {
        try await withAppAndStore(kind) { api, store in
            let (signedIn, account, client, assessed) = try await Browser.assessedClient(api)
            var browser = signedIn
            let programText = try #require(assessed.string("program.id"))
            let programID = try #require(UUID(uuidString: programText))
            let trainerID = try #require(UUID(uuidString: account.id))
            let first = try #require(try await store.latestProgram(id: programID, trainerID: trainerID))
            guard case .object(var fields) = try JSONParser.parse(first.document) else { throw StoreError.notFound }
            fields.append(
                ("adherence", .object([("scheduled", .int(1_248_048)), ("done", .int(1)), ("rate", .number(0))])))
            var damaged = first
            damaged.version = 2
            damaged.document = JSONWriter.string(.object(fields), pretty: false)
            damaged.change = .progressed
            try await store.addProgramVersion(damaged)
            let link = try await api.post("/api/v1/clients/\(client)/share-links", token: account.token)
            let token = try #require(link.string("token"))

            let clientPage = try await browser.get("/clients/\(client)")
            #expect(clientPage.status == .ok)
            #expect(clientPage.text.contains("Version 2 of this program could not be read, so version 1 is shown"))
            let programPage = try await browser.get("/programs/\(programID.wire)")
            #expect(programPage.status == .ok && programPage.text.contains("could not be read"))
            #expect(try await browser.get("/programs/\(programID.wire)/print").status == .ok)
            #expect(try await api.get("/s/\(token)").status == .ok)
            let shared = try await api.get("/api/v1/share/\(token)")
            #expect(shared.status == .ok && shared.int("program.version") == 1)
            let edited = try await api.patch(
                "/api/v1/programs/\(programID.wire)", token: account.token,
                #"{"dose": {"exercise": "foam-roll-hip-flexors", "sets": 2}}"#)
            #expect(edited.status == .ok, "\(edited.text)")
            #expect(edited.int("version") == 3)
            #expect(try await api.post("/api/v1/clients/\(client)/progression", token: account.token).status == .ok)
        }
    }

    @Test(arguments: StoreKind.available)
    func trainersCorrectAndDeleteTheirSessionsOnly(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let planned = try await ProgramRouteTests.planned(api)
            let token = planned.trainer.token
            let logged = try await api.post(
                "/api/v1/clients/\(planned.client)/sessions", token: token,
                Self.painOnly("2026-11-20", notes: #""typo""#))
            let id = try #require(logged.string("id"))

            let corrected = try await api.patch(
                "/api/v1/sessions/\(id)", token: token,
                #"{"date": "2026-11-21", "painAfter": 1, "painNextMorning": 0, "notes": null}"#)
            #expect(corrected.status == .ok, "\(corrected.text)")
            #expect(corrected.string("date") == "2026-11-21" && corrected.int("painAfter") == 1)
            #expect(corrected.int("painNextMorning") == 0)
            #expect(corrected.string("notes") == nil)
            let list = try await api.get("/api/v1/clients/\(planned.client)/sessions", token: token)
            #expect(list.array("items").first?["date"] == .string("2026-11-21"))

            for (body, field) in [
                (#"{"date": "9999-12-31"}"#, "date"), (#"{"painBefore": 11}"#, "painBefore"),
                (#"{"notes": "a\u0000b"}"#, "notes"), (#"{"colour": "red"}"#, "colour"), (#"[1]"#, nil),
            ] {
                let refused = try await api.patch("/api/v1/sessions/\(id)", token: token, body)
                #expect(refused.status == .unprocessableContent, "\(body): \(refused.text)")
                if let field { #expect(refused.errorField == field, "\(body)") }
            }
            #expect(try await api.patch("/api/v1/sessions/\(id)", token: token, "{").status == .badRequest)

            let stranger = try await api.register(name: "Stranger")
            #expect(try await api.patch("/api/v1/sessions/\(id)", token: stranger.token, "{}").status == .notFound)
            #expect(try await api.delete("/api/v1/sessions/\(id)", token: stranger.token).status == .notFound)
            #expect(try await api.delete("/api/v1/sessions/\(id)").status == .unauthorized)
            #expect(try await api.delete("/api/v1/sessions/not-an-id", token: token).status == .notFound)

            #expect(try await api.delete("/api/v1/sessions/\(id)", token: token).status == .noContent)
            #expect(try await api.delete("/api/v1/sessions/\(id)", token: token).status == .notFound)
            #expect(try await api.patch("/api/v1/sessions/\(id)", token: token, "{}").status == .notFound)
            #expect(try await api.get("/api/v1/clients/\(planned.client)/sessions", token: token).int("total") == 0)
        }
    }

    @Test func theClientPageCorrectsAndDeletesASessionAfterAsking() async throws {
        try await withApp(.sqlite) { api in
            let (signedIn, account, client, _) = try await Browser.assessedClient(api)
            var browser = signedIn
            let logged = try await api.post(
                "/api/v1/clients/\(client)/sessions", token: account.token, Self.painOnly("2026-11-20"))
            let id = try #require(logged.string("id"))

            let page = try await browser.get("/clients/\(client)")
            #expect(page.text.contains(#"href="/clients/\#(client)/sessions/\#(id)/edit""#))
            #expect(page.text.contains(#"data-confirm="Delete the session of 2026-11-20? This cannot be undone.""#))

            let form = try await browser.get("/clients/\(client)/sessions/\(id)/edit")
            #expect(form.status == .ok && form.text.contains(#"value="2026-11-20""#))
            let bad = try await browser.post(
                "/clients/\(client)/sessions/\(id)",
                [
                    ("date", "9999-12-31"), ("painBefore", "2"), ("painAfter", "2"), ("painNextMorning", ""),
                    ("notes", ""),
                ])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains(#"id="date-error""#) && bad.text.contains(#"value="9999-12-31""#))
            let good = try await browser.post(
                "/clients/\(client)/sessions/\(id)",
                [
                    ("date", "2026-11-19"), ("painBefore", "3"), ("painAfter", "2"), ("painNextMorning", "1"),
                    ("notes", "Walked after."),
                ])
            #expect(good.status == .seeOther && good.location == "/clients/\(client)?notice=session-corrected")
            #expect(try await browser.get(try #require(good.location)).text.contains("Session corrected."))
            let list = try await api.get("/api/v1/clients/\(client)/sessions", token: account.token)
            #expect(list.array("items").first?["painNextMorning"] == .number(1))

            // Another trainer's browser cannot reach it.
            var stranger = Browser(api)
            try await stranger.signUp()
            #expect(try await stranger.get("/clients/\(client)/sessions/\(id)/edit").status == .notFound)
            #expect(try await stranger.post("/clients/\(client)/sessions/\(id)/delete").status == .notFound)
            // Without the CSRF token nothing is deleted.
            #expect(
                try await browser.post("/clients/\(client)/sessions/\(id)/delete", csrf: false).status == .forbidden)

            let deleted = try await browser.post("/clients/\(client)/sessions/\(id)/delete")
            #expect(deleted.status == .seeOther && deleted.location == "/clients/\(client)?notice=session-deleted")
            #expect(try await api.get("/api/v1/clients/\(client)/sessions", token: account.token).int("total") == 0)
        }
    }

    @Test(arguments: StoreKind.available)
    func aShareLinkAnswersNextMorningPainOnlyForItsOwnRecentSessions(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let shared = try await SharePageTests.shared(api)
            let trainer = shared.planned.trainer
            let byTrainer = try await api.post(
                "/api/v1/clients/\(shared.planned.client)/sessions", token: trainer.token,
                Self.painOnly(SharePageTests.day(api, -1)))
            let trainersID = try #require(byTrainer.string("id"))
            let morning = #"{"painNextMorning": 3}"#
            // The trainer's own session, even a fresh one: not the link's to change.
            #expect(
                try await api.patch("/api/v1/share/\(shared.token)/sessions/\(trainersID)", morning).status == .notFound
            )
            // The trainer's latest session is not asked about on the share page either.
            #expect(!(try await api.get("/s/\(shared.token)").text.contains(#"action="/s/\#(shared.token)/morning""#)))

            let own = try await SharePageTests.logWithoutMorning(api, shared, date: SharePageTests.day(api))
            #expect(try await api.get("/s/\(shared.token)").text.contains(#"action="/s/\#(shared.token)/morning""#))
            let answered = try await api.patch("/api/v1/share/\(shared.token)/sessions/\(own)", morning)
            #expect(answered.status == .ok && answered.int("painNextMorning") == 3)

            // A second link of the same client cannot change the first link's session.
            let second = try await api.post(
                "/api/v1/clients/\(shared.planned.client)/share-links", token: trainer.token)
            let secondToken = try #require(second.string("token"))
            #expect(try await api.patch("/api/v1/share/\(secondToken)/sessions/\(own)", morning).status == .notFound)

            // Two days later it can still be answered; three days later it is too late.
            api.clock.advance(days: 2)
            #expect(try await api.patch("/api/v1/share/\(shared.token)/sessions/\(own)", morning).status == .ok)
            api.clock.advance(days: 1)
            let late = try await api.patch("/api/v1/share/\(shared.token)/sessions/\(own)", morning)
            #expect(late.status == .unprocessableContent && late.errorCode == "tooLate")
        }
    }

    @Test(arguments: StoreKind.available)
    func aRetryWithTheSameIdempotencyKeyStoresOneSession(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let shared = try await SharePageTests.shared(api)
            let trainer = shared.planned.trainer
            let body = Self.painOnly("2026-11-20")
            for (path, token) in [
                ("/api/v1/clients/\(shared.planned.client)/sessions", Optional(trainer.token)),
                ("/api/v1/share/\(shared.token)/sessions", nil),
            ] {
                let key: HTTPFields = [SessionIdempotency.header: "player-\(UUID().uuidString)"]
                let first = try await api.call(.post, path, token: token, body: body, headers: key)
                let retry = try await api.call(.post, path, token: token, body: body, headers: key)
                #expect(first.status == .created && retry.status == .created)
                #expect(first.string("id") == retry.string("id"))
                let other = try await api.call(
                    .post, path, token: token, body: Self.painOnly("2026-11-21"), headers: key)
                #expect(other.status == .unprocessableContent && other.errorField == "Idempotency-Key")
                // Without a key, two posts are two sessions, as before.
                _ = try await api.call(.post, path, token: token, body: body)
            }
            let list = try await api.get("/api/v1/clients/\(shared.planned.client)/sessions", token: trainer.token)
            // Per path: the first post and the one without a key.
            #expect(list.int("total") == 4)

            // Keys belong to their owner: another trainer may use the same one.
            let sameKey: HTTPFields = [SessionIdempotency.header: "shared-key"]
            let otherTrainer = try await api.register(name: "Other")
            let otherClient = try await api.createClient(otherTrainer)
            _ = try await api.assess(otherTrainer, client: otherClient)
            let mine = try await api.call(
                .post, "/api/v1/clients/\(shared.planned.client)/sessions", token: trainer.token, body: body,
                headers: sameKey)
            let theirs = try await api.call(
                .post, "/api/v1/clients/\(otherClient)/sessions", token: otherTrainer.token, body: body,
                headers: sameKey)
            #expect(mine.status == .created && theirs.status == .created && mine.string("id") != theirs.string("id"))

            for bad in ["", String(repeating: "k", count: 256), "has space", "tab\there"] {
                let reply = try await api.call(
                    .post, "/api/v1/clients/\(shared.planned.client)/sessions", token: trainer.token, body: body,
                    headers: [SessionIdempotency.header: bad])
                #expect(reply.status == .badRequest, "\(bad)")
            }
            // Kept for a day at least: after two days and a bit, the key is new again.
            let late: HTTPFields = [SessionIdempotency.header: "late-key"]
            let path = "/api/v1/clients/\(shared.planned.client)/sessions"
            let before = try await api.call(.post, path, token: trainer.token, body: body, headers: late)
            api.clock.advance(days: 1)
            #expect(
                try await api.call(.post, path, token: trainer.token, body: body, headers: late).string("id")
                    == before.string("id"))
            api.clock.advance(days: 1.1)
            #expect(
                try await api.call(.post, path, token: trainer.token, body: body, headers: late).string("id")
                    != before.string("id"))
        }
    }

    @Test(arguments: StoreKind.available)
    func aShareLinkTakesNoSessionWhileTheClientHasNoProgram(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let trainer = try await api.register()
            let client = try await api.createClient(trainer)
            let link = try await api.post("/api/v1/clients/\(client)/share-links", token: trainer.token)
            let token = try #require(link.string("token"))
            let refused = try await api.post("/api/v1/share/\(token)/sessions", Self.painOnly("2026-11-20"))
            #expect(refused.status == .notFound)
            #expect(try await api.get("/api/v1/clients/\(client)/sessions", token: trainer.token).int("total") == 0)
        }
    }

    @Test(arguments: StoreKind.available)
    func anEmptyRepsListOfAHeldExerciseIsAccepted(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let planned = try await ProgramRouteTests.planned(api)
            let body =
                #"{"date": "2026-11-20", "painBefore": 2, "painAfter": 2, "exercises": [{"id": "side-plank", "setsDone": 1, "repsDone": [], "holdSeconds": 20, "painDuring": 1, "formOk": true}]}"#
            let reply = try await api.post(
                "/api/v1/clients/\(planned.client)/sessions", token: planned.trainer.token, body)
            #expect(reply.status == .created, "\(reply.text)")
        }
    }
}

/// Documents stored before control characters were refused stay readable.
@Suite struct LegacyTextTests {
    @Test(arguments: StoreKind.available)
    func aControlCharacterStoredBeforeTheRuleNeverBreaksAPage(_ kind: StoreKind) async throws {
        try await withAppAndStore(kind) { api, store in
            let (signedIn, account, client, _) = try await Browser.assessedClient(api)
            var browser = signedIn
            // A bell, not a NUL: PostgreSQL never stored a NUL in text (it refused the write).
            let legacy = SessionLogRecord(
                id: UUID(), trainerID: try #require(UUID(uuidString: account.id)),
                clientID: try #require(UUID(uuidString: client)), programID: nil, programVersion: nil,
                date: CivilDate(year: 2026, month: 11, day: 20),
                document: #"{"date":"2026-11-20","painBefore":2,"painAfter":2,"notes":"a\u0007b","exercises":[]}"#,
                createdAt: api.clock.now)
            try await store.addSession(legacy)
            let list = try await api.get("/api/v1/clients/\(client)/sessions", token: account.token)
            #expect(list.status == .ok)
            #expect(list.array("items").first?["notes"] == .string("a\u{FFFD}b"))
            #expect(try await browser.get("/clients/\(client)").status == .ok)
            #expect(try await browser.get("/clients/\(client)/sessions/\(legacy.id.wire)/edit").status == .ok)
            #expect(try await api.post("/api/v1/clients/\(client)/progression", token: account.token).status == .ok)
        }
    }
}
