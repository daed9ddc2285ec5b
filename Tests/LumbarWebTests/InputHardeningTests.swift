import Foundation
import Hummingbird
import LumbarCore
import Testing

@testable import LumbarWeb

/// Text with control characters, tokens of the wrong kind, messages from the URL, share URLs from
/// the request's Host, and bodies over the limit: each once got through, and no longer does.
@Suite struct InputHardeningTests {
    @Test(arguments: StoreKind.available)
    func controlCharactersAreRefusedNamingTheField(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            func register(_ password: String, name: String = "Robin") async throws -> Reply {
                try await api.post(
                    "/api/v1/auth/register",
                    #"{"email": "nul-\#(UUID().uuidString.prefix(6))@example.com", "password": "\#(password)", "name": "\#(name)"}"#
                )
            }
            // Ten NULs passed the length rule and then signed in with an empty password.
            let nuls = try await register(String(repeating: #"\u0000"#, count: 10))
            #expect(nuls.status == .unprocessableContent && nuls.errorField == "password")
            let tail = try await register(#"secret\u0000tail-long"#)
            #expect(tail.status == .unprocessableContent && tail.errorField == "password")
            let name = try await register("correct horse battery", name: #"a\u0000b"#)
            #expect(name.status == .unprocessableContent && name.errorField == "name")
            let bidi = try await register("correct horse battery", name: #"Dana\u202Egpj.exe"#)
            #expect(bidi.status == .unprocessableContent && bidi.errorField == "name")

            let trainer = try await api.register()
            let signIn = try await api.post(
                "/api/v1/auth/login", #"{"email": "\#(trainer.email)", "password": "correct horse battery\u0000x"}"#)
            #expect(signIn.status == .unprocessableContent && signIn.errorField == "password")

            let clients = "/api/v1/clients"
            let nulName = try await api.post(clients, token: trainer.token, #"{"name": "a\u0000b"}"#)
            #expect(nulName.status == .unprocessableContent && nulName.errorField == "name")
            let lineName = try await api.post(clients, token: trainer.token, #"{"name": "two\nlines"}"#)
            #expect(lineName.status == .unprocessableContent && lineName.errorField == "name")
            let notes = try await api.post(
                clients, token: trainer.token, #"{"name": "Dana", "notes": "one\ntwo\tthree"}"#)
            #expect(notes.status == .created, "\(notes.text)")
            let client = try #require(notes.string("id"))
            let badNotes = try await api.patch(
                "\(clients)/\(client)", token: trainer.token, #"{"notes": "bell\u0007"}"#)
            #expect(badNotes.status == .unprocessableContent && badNotes.errorField == "notes")
            let stored = try await api.get("\(clients)/\(client)", token: trainer.token)
            #expect(stored.string("notes") == "one\ntwo\tthree")

            let assessment = try Examples.text("desk-worker").replacingOccurrences(
                of: #""name": "Dana""#, with: #""name": "Da\u0000na""#)
            let assessed = try await api.post("\(clients)/\(client)/assessments", token: trainer.token, assessment)
            #expect(assessed.status == .unprocessableContent && assessed.errorField == "client.name")

            let referral = try Examples.text("referral")
            _ = try await api.post("\(clients)/\(client)/assessments", token: trainer.token, referral)
            let note = try await api.post(
                "\(clients)/\(client)/clearances", token: trainer.token, #"{"note": "GP said fine\u0000"}"#)
            #expect(note.status == .unprocessableContent && note.errorField == "note")

            let session = try await api.post(
                "\(clients)/\(client)/sessions", token: trainer.token,
                #"{"date": "2026-11-20", "painBefore": 2, "painAfter": 2, "notes": "ok\u0000", "exercises": []}"#)
            #expect(session.status == .unprocessableContent && session.errorField == "notes")
        }
    }

    @Test func formsRefuseControlCharactersToo() async throws {
        try await withApp(.sqlite) { api in
            var browser = Browser(api)
            let reply = try await browser.post(
                "/signup",
                [("name", "Robin\u{0}"), ("email", "form@example.com"), ("password", "correct horse battery")])
            #expect(reply.status == .unprocessableContent && reply.text.contains(#"id="name-error""#))
            let password = try await browser.post(
                "/signup",
                [
                    ("name", "Robin"), ("email", "form@example.com"),
                    ("password", "\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}"),
                ])
            #expect(password.status == .unprocessableContent && password.text.contains(#"id="password-error""#))
        }
    }

    @Test(arguments: StoreKind.available)
    func aTokenSignsInOnlyAsItsOwnKind(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            var browser = Browser(api)
            try await browser.signUp()
            let cookieToken = try #require(browser.cookies[BrowserSession.sessionCookie])
            #expect(try await api.get("/api/v1/clients", token: cookieToken).status == .unauthorized)
            let bearer = try await api.register()
            var borrowed = Browser(api)
            borrowed.cookies[BrowserSession.sessionCookie] = bearer.token
            let page = try await borrowed.get("/dashboard")
            #expect(page.status == .seeOther && page.location?.hasPrefix("/signin") == true)
            #expect(
                try await api.call(.get, "/api/v1/clients", headers: [.cookie: "lumbar_session=\(bearer.token)"]).status
                    == .unauthorized)
            // Each still works as what it is.
            #expect(try await api.get("/api/v1/clients", token: bearer.token).status == .ok)
            #expect(try await browser.get("/dashboard").status == .ok)
        }
    }

    @Test func shareURLsComeFromThePublicURLNeverFromTheHostHeader() async throws {
        for publicURL in [nil, "https://lumbar.example.com"] {
            var config = AppConfig.testing
            config.publicURL = publicURL
            try await withApp(.sqlite, config: config) { api in
                let trainer = try await api.register()
                let client = try await api.createClient(trainer)
                let created = try await api.call(
                    .post, "/api/v1/clients/\(client)/share-links", token: trainer.token,
                    headers: [
                        HTTPFields.Element.Name("X-Forwarded-Host")!: "evil.example",
                        HTTPFields.Element.Name("X-Forwarded-Proto")!: "https",
                    ])
                let token = try #require(created.string("token"))
                #expect(created.string("url") == (publicURL ?? "") + "/s/\(token)")

                var browser = Browser(api)
                try await browser.signIn(trainer)
                let page = try await browser.post("/clients/\(client)/share-links")
                #expect(page.status == .created)
                #expect(!page.text.contains("evil.example"))
                #expect(page.text.contains((publicURL ?? "") + "/s/"))
            }
        }
    }

    @Test func pagesShowOnlyTheirOwnNoticesNeverTextFromTheURL() async throws {
        try await withApp(.sqlite) { api in
            var browser = Browser(api)
            let account = try await api.register()
            try await browser.signIn(account)
            let client = try await api.createClient(account)
            let forged = try await browser.get(
                "/clients/\(client)?notice=Your%20account%20is%20locked.%20Call%20555&problem=Send%20your%20password")
            #expect(forged.status == .ok)
            #expect(!forged.text.contains("Call 555") && !forged.text.contains("Send your password"))
            for notice in PageNotice.allCases {
                let page = try await browser.get("/clients/\(client)?notice=\(notice.rawValue)")
                #expect(page.text.contains(String(notice.text.prefix { $0 != "'" })), "\(notice)")
            }
        }
    }

    @Test func aBodyOverTheLimitIsRefusedAndTheConnectionClosed() async throws {
        var config = AppConfig.testing
        config.maxBodyBytes = 1_024
        try await withApp(.sqlite, config: config) { api in
            let trainer = try await api.register()
            let big = #"{"name": "\#(String(repeating: "x", count: 4_000))"}"#
            let reply = try await api.post("/api/v1/clients", token: trainer.token, big)
            #expect(reply.status == .contentTooLarge)
            #expect(reply.headers[.connection] == "close")
        }
    }
}
