import LumbarJSON
import Testing

/// Issue 14, the trainer's workflow: what happened in a session, exercise by exercise.
@Suite struct SessionPageTests {
    @Test(arguments: StoreKind.available)
    func aSessionShowsEachExerciseItsPainFormOrSkipAndTheNotes(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let (signedIn, account, client, _) = try await Browser.assessedClient(api)
            var browser = signedIn
            let program = try await api.get("/api/v1/clients/\(client)/program", token: account.token)
            let ids = program.array("blocks").flatMap { block -> [String] in
                guard case .array(let exercises)? = block["exercises"] else { return [] }
                return exercises.compactMap { if case .string(let id)? = $0["id"] { id } else { nil } }
            }
            try #require(ids.count >= 2)
            let body = """
                {"date": "2026-11-20", "painBefore": 3, "painAfter": 4,
                 "notes": "Stopped because it hurt too much: the second one.",
                 "exercises": [{"id": "\(ids[0])", "skipped": true},
                               {"id": "\(ids[1])", "setsDone": 1, "painDuring": 7, "formOk": false}]}
                """
            let logged = try await api.post("/api/v1/clients/\(client)/sessions", token: account.token, body)
            let id = try #require(logged.string("id"))

            let history = try await browser.get("/clients/\(client)")
            #expect(history.text.contains(#"<a href="/clients/\#(client)/sessions/\#(id)">2026-11-20</a>"#))
            let page = try await browser.get("/clients/\(client)/sessions/\(id)")
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<td colspan="3">Skipped</td>"#))
            #expect(page.text.contains(#"<td class="over-limit">7/10 (above the stop line)</td><td>Slipped</td>"#))
            #expect(page.text.contains("Stop line for this session: above 5/10."))
            #expect(page.text.contains("Stopped because it hurt too much: the second one."))
            #expect(page.text.contains(#"href="/clients/\#(client)/sessions/\#(id)/edit""#))

            // Another trainer's browser, another client's path, and a malformed id find nothing.
            var stranger = Browser(api)
            try await stranger.signUp()
            #expect(try await stranger.get("/clients/\(client)/sessions/\(id)").status == .notFound)
            let other = try await browser.addClient("Other Client")
            #expect(try await browser.get("/clients/\(other)/sessions/\(id)").status == .notFound)
            let malformed = try await browser.get("/clients/\(client)/sessions/not-an-id")
            #expect(malformed.status == .notFound || malformed.status == .badRequest)
        }
    }
}
