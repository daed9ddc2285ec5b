import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarJSON
import LumbarStore
import LumbarTestSupport
import Testing

@testable import LumbarWeb

/// A client with a referral, its clearance, a program, sessions logged by the trainer and through
/// a share link, and the link's token.
private struct FullClient {
    let planned: ProgramRouteTests.Planned
    let shareToken: String
    var trainer: Trainer { planned.trainer }
    var client: String { planned.client }

    static func make(_ api: API) async throws -> FullClient {
        let trainer = try await api.register()
        let client = try await api.createClient(trainer, name: "Dana Example")
        let referral = try await api.assess(trainer, client: client, example: "referral")
        #expect(referral.status == .created, "\(referral.text)")
        let cleared = try await api.post(
            "/api/v1/clients/\(client)/clearances", token: trainer.token, #"{"note": "GP letter, no limits"}"#)
        #expect(cleared.status == .created, "\(cleared.text)")
        let assessed = try await api.assess(trainer, client: client)
        let program = Planner(catalog: try Catalog.bundled()).plan(
            try Assessment.parse(try Examples.text("desk-worker")))
        let planned = ProgramRouteTests.Planned(
            trainer: trainer, client: client, programID: try #require(assessed.string("program.id")), program: program)
        let logged = try await api.post(
            "/api/v1/clients/\(client)/sessions", token: trainer.token,
            SessionText.session(program, date: "2026-11-20"))
        #expect(logged.status == .created, "\(logged.text)")
        let link = try await api.post("/api/v1/clients/\(client)/share-links", token: trainer.token)
        let token = try #require(link.string("token"))
        let shared = try await api.post(
            "/api/v1/share/\(token)/sessions", SessionText.painOnly(date: "2026-11-22", pain: 2))
        #expect(shared.status == .created, "\(shared.text)")
        return FullClient(planned: planned, shareToken: token)
    }
}

@Suite struct ClientExportTests {
    @Test(arguments: StoreKind.available)
    func theExportHoldsEveryRowAndReadsBackStrictly(_ kind: StoreKind) async throws {
        try await withAppAndStore(kind) { api, store in
            let full = try await FullClient.make(api)
            let reply = try await api.get("/api/v1/clients/\(full.client)/export", token: full.trainer.token)
            #expect(reply.status == .ok, "\(reply.text)")
            #expect(reply.headers[.cacheControl] == "no-store")
            #expect(
                reply.headers[.contentDisposition] == #"attachment; filename="lumbar-dana-example-2026-11-25.json""#)
            #expect(reply.string("schema") == "lumbar.export/1")
            // RFC 3339 times in UTC with milliseconds, as stored.
            #expect(reply.string("exportedAt") == "2026-11-25T09:46:40.000Z")
            // Never a token, nor its hash.
            #expect(!reply.text.contains(full.shareToken) && !reply.text.contains(SecretToken.hash(full.shareToken)))

            let trainerID = try #require(UUID(text: full.trainer.id))
            let read = try ClientExport.read(try #require(reply.json), trainerID: trainerID)
            let clientID = try #require(UUID(text: full.client))
            let fresh = try #require(try await store.clientData(clientID: clientID, trainerID: trainerID))
            #expect(read.assessments.count == 2 && read.clearances.count == 1 && read.sessions.count == 2)
            // The clearance built a program from the referral, and the second assessment another.
            #expect(read.programVersions.count == 2 && read.shareLinks.count == 1)
            #expect(normalized(read) == normalized(fresh))
        }
    }

    @Test func archivedClientsAndDamagedDocumentsExportToo() async throws {
        try await withAppAndStore(.sqlite) { api, store in
            let full = try await FullClient.make(api)
            let trainerID = try #require(UUID(text: full.trainer.id))
            let clientID = try #require(UUID(text: full.client))
            // A row from before the rules: not JSON at all. The export keeps it as text.
            try await store.addSession(
                SessionLogRecord(
                    id: UUID(), trainerID: trainerID, clientID: clientID, programID: nil, programVersion: nil,
                    date: CivilDate(year: 2026, month: 11, day: 23), document: "{damaged", createdAt: api.clock.now))
            _ = try await api.post("/api/v1/clients/\(full.client)/archive", token: full.trainer.token)
            let reply = try await api.get("/api/v1/clients/\(full.client)/export", token: full.trainer.token)
            #expect(reply.status == .ok)
            #expect(reply.string("client.status") == "archived")
            let damaged = reply.array("sessions").last
            #expect(damaged?["document"] == .null && damaged?["unreadableDocument"] == .string("{damaged"))
            let read = try ClientExport.read(try #require(reply.json), trainerID: trainerID)
            #expect(read.sessions.last?.document == "{damaged")
            let fresh = try #require(try await store.clientData(clientID: clientID, trainerID: trainerID))
            #expect(normalized(read) == normalized(fresh))
        }
    }

    @Test(arguments: StoreKind.available)
    func onlyTheOwnerExports(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let full = try await FullClient.make(api)
            let stranger = try await api.register(name: "Stranger")
            let path = "/api/v1/clients/\(full.client)/export"
            #expect(try await api.get(path, token: stranger.token).status == .notFound)
            #expect(try await api.get(path).status == .unauthorized)
            #expect(
                try await api.get("/api/v1/clients/\(UUID())/export", token: full.trainer.token).status == .notFound)
            #expect(try await api.get("/api/v1/clients/nope/export", token: full.trainer.token).status == .notFound)
        }
    }

    @Test func theStrictReaderNamesWhatIsWrong() throws {
        func failure(_ text: String) -> APIError? {
            guard let value = try? JSONParser.parse(text) else { return APIError.invalid("", "not JSON") }
            do {
                _ = try ClientExport.read(value, trainerID: UUID())
                return nil
            } catch { return error }
        }
        let client =
            #"{"id": "\#(UUID().uuidString)", "name": "A", "age": null, "notes": null, "status": "active", "#
            + #""createdAt": "2026-11-25T09:46:40.000Z", "updatedAt": "2026-11-25T09:46:40Z"}"#
        func export(schema: String = "lumbar.export/1", extra: String = "", sessions: String = "[]") -> String {
            #"{"schema": "\#(schema)", "exportedAt": "2026-11-25T09:46:40Z", "trainer": {"name": "T", "email": "t@x.io"}, "#
                + #""client": \#(client), "assessments": [], "programVersions": [], "sessions": \#(sessions), "#
                + #""shareLinks": []\#(extra)}"#
        }
        #expect(failure(export()) == nil)
        #expect(failure(export(schema: "lumbar.export/2"))?.issues.first?.path == "schema")
        #expect(failure(export(extra: #", "tokens": []"#))?.issues.first?.path == "tokens")
        let badSession =
            #"[{"id": "nope", "date": "2026-11-20", "programId": null, "programVersion": null, "shareLinkId": null, "#
            + #""createdAt": "2026-11-20T10:00:00Z", "document": {}}]"#
        #expect(failure(export(sessions: badSession))?.issues.first?.path == "sessions[0].id")
        for day in ["2026-02-30", "20-11-2026", "yesterday"] {
            let badDay =
                #"[{"id": "\#(UUID().uuidString)", "date": "\#(day)", "programId": null, "programVersion": null, "#
                + #""shareLinkId": null, "createdAt": "2026-11-20T10:00:00Z", "document": {}}]"#
            #expect(failure(export(sessions: badDay))?.issues.map(\.path) == ["sessions[0].date"], "\(day)")
        }
        func session(createdAt: String, document: String) -> String {
            #"[{"id": "\#(UUID().uuidString)", "date": "2026-11-20", "programId": null, "programVersion": null, "#
                + #""shareLinkId": null, "createdAt": "\#(createdAt)", "document": \#(document)}]"#
        }
        let badTime = failure(export(sessions: session(createdAt: "yesterday", document: "{}")))
        #expect(badTime?.issues.map(\.path) == ["sessions[0].createdAt"])
        let noDocument = failure(export(sessions: session(createdAt: "2026-11-20T10:00:00Z", document: "null")))
        #expect(noDocument?.issues.map(\.path) == ["sessions[0].unreadableDocument"])
        let listDocument = failure(export(sessions: session(createdAt: "2026-11-20T10:00:00Z", document: "[]")))
        #expect(listDocument?.issues.map(\.path) == ["sessions[0].document"])
    }
}

/// Documents compared as JSON values (a strict read writes them compactly), times to the
/// millisecond (`.ms`, as the store conformance suite compares them), and no token hashes.
private func normalized(_ data: ClientDataRecord) -> ClientDataRecord {
    func document(_ text: String) -> String {
        (try? JSONParser.parse(text)).map { JSONWriter.string($0, pretty: false) } ?? text
    }
    var data = data
    data.client = data.client.ms
    data.assessments = data.assessments.ms.map {
        var record = $0
        record.document = document(record.document)
        return record
    }
    data.clearances = data.clearances.ms
    data.programVersions = data.programVersions.ms.map {
        var record = $0
        record.document = document(record.document)
        return record
    }
    data.sessions = data.sessions.ms.map {
        var record = $0
        record.document = document(record.document)
        return record
    }
    data.shareLinks = data.shareLinks.ms.map {
        var record = $0
        record.tokenHash = ""
        return record
    }
    return data
}

@Suite struct ClientErasureTests {
    @Test(arguments: StoreKind.available)
    func afterErasureEveryRouteForTheClientAnswers404(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let full = try await FullClient.make(api)
            let other = try await api.createClient(full.trainer, name: "Kept Client")
            let stranger = try await api.register(name: "Stranger")
            let path = "/api/v1/clients/\(full.client)"
            #expect(try await api.delete(path, token: stranger.token).status == .notFound)
            #expect(try await api.delete(path).status == .unauthorized)
            #expect(try await api.get(path, token: full.trainer.token).status == .ok)

            let erased = try await api.delete(path, token: full.trainer.token)
            #expect(erased.status == .noContent && erased.text.isEmpty)
            for suffix in ["", "/export", "/program", "/sessions", "/share-links"] {
                #expect(try await api.get(path + suffix, token: full.trainer.token).status == .notFound, "\(suffix)")
            }
            #expect(
                try await api.get("/api/v1/programs/\(full.planned.programID)", token: full.trainer.token).status
                    == .notFound)
            #expect(try await api.get("/api/v1/share/\(full.shareToken)").status == .notFound)
            #expect(try await api.post(path + "/restore", token: full.trainer.token).status == .notFound)
            #expect(try await api.delete(path, token: full.trainer.token).status == .notFound)
            #expect(try await api.get("/api/v1/clients", token: full.trainer.token).int("total") == 1)
            #expect(try await api.get("/api/v1/clients/\(other)", token: full.trainer.token).status == .ok)
        }
    }

    @Test func thePageErasesOnlyWhenTheNameIsTyped() async throws {
        try await withApp(.sqlite) { api in
            let full = try await FullClient.make(api)
            var browser = Browser(api)
            try await browser.signIn(full.trainer)
            let page = try await browser.get("/clients/\(full.client)")
            #expect(page.text.contains(#"href="/clients/\#(full.client)/export""#))
            #expect(page.text.contains(#"href="/clients/\#(full.client)/erase""#))
            let download = try await browser.get("/clients/\(full.client)/export")
            #expect(download.status == .ok && download.string("schema") == "lumbar.export/1")

            let confirm = try await browser.get("/clients/\(full.client)/erase")
            #expect(confirm.status == .ok && confirm.text.contains("Type <strong>Dana Example</strong> to confirm"))
            let wrong = try await browser.post("/clients/\(full.client)/erase", [("confirmName", "dana")])
            #expect(wrong.status == .unprocessableContent && wrong.text.contains("not the client&#39;s name"))
            let empty = try await browser.post("/clients/\(full.client)/erase", [("confirmName", "")])
            #expect(empty.status == .unprocessableContent)
            let forged = try await browser.post(
                "/clients/\(full.client)/erase", [("confirmName", "Dana Example")], csrf: false)
            #expect(forged.status == .forbidden)
            #expect(try await api.get("/api/v1/clients/\(full.client)", token: full.trainer.token).status == .ok)

            let erased = try await browser.post("/clients/\(full.client)/erase", [("confirmName", " Dana Example ")])
            #expect(erased.status == .seeOther && erased.location == "/dashboard?notice=client-erased")
            let dashboard = try await browser.get(try #require(erased.location))
            #expect(dashboard.text.contains("everything held about them were erased"))
            #expect(try await browser.get("/clients/\(full.client)").status == .notFound)
            #expect(try await browser.get("/clients/\(full.client)/erase").status == .notFound)

            let stranger = try await api.register(name: "Stranger")
            let theirs = try await api.createClient(stranger, name: "Not Yours")
            #expect(
                try await browser.post("/clients/\(theirs)/erase", [("confirmName", "Not Yours")]).status == .notFound)
            #expect(try await api.get("/api/v1/clients/\(theirs)", token: stranger.token).status == .ok)
        }
    }
}

@Suite struct AccountErasureTests {
    @Test(arguments: StoreKind.available)
    func theAccountGoesWithItsClientsOnlyWithThePassword(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let full = try await FullClient.make(api)
            let neighbour = try await api.register(name: "Neighbour")
            let theirs = try await api.createClient(neighbour)
            let token = full.trainer.token

            let wrong = try await api.call(
                .delete, "/api/v1/auth/account", token: token, body: #"{"password": "guess"}"#)
            #expect(wrong.status == .forbidden && wrong.errorField == "password")
            let missing = try await api.call(.delete, "/api/v1/auth/account", token: token, body: "{}")
            #expect(missing.status == .unprocessableContent && missing.errorField == "password")
            #expect(try await api.call(.delete, "/api/v1/auth/account", token: token, body: "{").status == .badRequest)
            let anonymous = try await api.call(
                .delete, "/api/v1/auth/account", body: #"{"password": "correct horse battery"}"#)
            #expect(anonymous.status == .unauthorized)
            #expect(try await api.get("/api/v1/clients/\(full.client)", token: token).status == .ok)

            let erased = try await api.call(
                .delete, "/api/v1/auth/account", token: token, body: #"{"password": "correct horse battery"}"#)
            #expect(erased.status == .noContent)
            #expect(try await api.get("/api/v1/clients", token: token).status == .unauthorized)
            #expect(try await api.get("/api/v1/share/\(full.shareToken)").status == .notFound)
            let login = try await api.post(
                "/api/v1/auth/login", #"{"email": "\#(full.trainer.email)", "password": "correct horse battery"}"#)
            #expect(login.status == .unauthorized)
            #expect(try await api.get("/api/v1/clients/\(theirs)", token: neighbour.token).status == .ok)
        }
    }

    @Test func wrongPasswordsHereCountAsFailedSignIns() async throws {
        try await withApp(.sqlite) { api in
            let trainer = try await api.register()
            var last = 0
            for _ in 0..<12 {
                let reply = try await api.call(
                    .delete, "/api/v1/auth/account", token: trainer.token, body: #"{"password": "guess"}"#)
                last = reply.status.code
            }
            // Past the per-account-and-address limit the guesser waits, even with a valid token.
            #expect(last == 429)
        }
    }

    @Test func theAccountPageErasesWithThePassword() async throws {
        try await withApp(.sqlite) { api in
            let full = try await FullClient.make(api)
            var browser = Browser(api)
            try await browser.signIn(full.trainer)
            let dashboard = try await browser.get("/dashboard")
            #expect(dashboard.text.contains(#"href="/account""#))
            let page = try await browser.get("/account")
            #expect(page.status == .ok && page.text.contains(full.trainer.email))
            let wrong = try await browser.post("/account/erase", [("password", "guess")])
            #expect(wrong.status == .forbidden && wrong.text.contains("not the account&#39;s password"))
            #expect(
                try await browser.post("/account/erase", [("password", "correct horse battery")], csrf: false).status
                    == .forbidden)
            #expect(try await api.get("/api/v1/clients/\(full.client)", token: full.trainer.token).status == .ok)

            let erased = try await browser.post("/account/erase", [("password", "correct horse battery")])
            #expect(erased.status == .seeOther && erased.location == "/signin?notice=account-erased")
            let signin = try await browser.get(try #require(erased.location))
            #expect(signin.text.contains("Your account and all its clients were erased."))
            #expect(try await browser.get("/dashboard").status == .seeOther)
            #expect(try await api.get("/api/v1/clients", token: full.trainer.token).status == .unauthorized)
        }
    }
}

@Suite struct PasswordResetTests {
    @Test(arguments: StoreKind.available)
    func aResetLinkSetsANewPasswordOnceAndSignsOutEverywhere(_ kind: StoreKind) async throws {
        try await withAppAndStore(kind) { api, store in
            let trainer = try await api.register()
            var other = Browser(api)
            try await other.signIn(trainer)
            #expect(
                try await PasswordReset.makeLink(
                    in: store, email: "nobody@example.com", now: api.clock.now, publicURL: nil) == nil)
            let link = try #require(
                try await PasswordReset.makeLink(
                    in: store, email: trainer.email.uppercased(), now: api.clock.now, publicURL: nil))
            #expect(link.hasPrefix("/reset-password/"))

            var browser = Browser(api)
            let form = try await browser.get(link)
            #expect(form.status == .ok && form.text.contains(trainer.email))
            let short = try await browser.post(link, [("password", "short"), ("repeat", "short")])
            #expect(short.status == .unprocessableContent && short.text.contains("at least 10 characters"))
            let differ = try await browser.post(
                link, [("password", "a new long password"), ("repeat", "another one!!")])
            #expect(differ.status == .unprocessableContent && differ.text.contains("The two passwords differ"))
            let forged = try await browser.post(
                link, [("password", "a new long password"), ("repeat", "a new long password")], csrf: false)
            #expect(forged.status == .forbidden)

            let reset = try await browser.post(
                link, [("password", "a new long password"), ("repeat", "a new long password")])
            #expect(reset.status == .seeOther && reset.location == "/signin?notice=password-reset")
            #expect(try await browser.get(try #require(reset.location)).text.contains("Your new password is set."))
            // Every token and browser session of the account is revoked; only the new password signs in.
            #expect(try await api.get("/api/v1/clients", token: trainer.token).status == .unauthorized)
            #expect(try await other.get("/dashboard").status == .seeOther)
            let old = try await api.post(
                "/api/v1/auth/login", #"{"email": "\#(trainer.email)", "password": "correct horse battery"}"#)
            #expect(old.status == .unauthorized)
            let new = try await api.post(
                "/api/v1/auth/login", #"{"email": "\#(trainer.email)", "password": "a new long password"}"#)
            #expect(new.status == .ok)
            // Single use.
            #expect(try await browser.get(link).status == .notFound)
            let again = try await browser.post(
                link, [("password", "yet another password"), ("repeat", "yet another password")])
            #expect(again.status == .notFound)
        }
    }

    @Test func aLinkLastsAnHourAndNonsenseIsNotFound() async throws {
        try await withAppAndStore(.sqlite) { api, store in
            let trainer = try await api.register()
            let link = try #require(
                try await PasswordReset.makeLink(
                    in: store, email: trainer.email, now: api.clock.now, publicURL: "https://lumbar.example.org"))
            #expect(link.hasPrefix("https://lumbar.example.org/reset-password/"))
            let path = String(link.dropFirst("https://lumbar.example.org".count))
            var browser = Browser(api)
            #expect(try await browser.get(path).status == .ok)
            api.clock.advance(days: 1.0 / 24)
            let expired = try await browser.get(path)
            #expect(expired.status == .notFound && expired.text.contains("expired or was already used"))
            #expect(try await browser.get("/reset-password/nonsense").status == .notFound)
            #expect(try await browser.get("/reset-password/\(SecretToken.generate())").status == .notFound)
        }
    }
}
