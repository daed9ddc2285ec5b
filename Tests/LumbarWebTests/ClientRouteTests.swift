import Foundation
import Hummingbird
import Testing

@Suite struct ClientRouteTests {
    @Test(arguments: StoreKind.available)
    func createReadChangeAndArchiveAClient(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let trainer = try await api.register()
            let created = try await api.post(
                "/api/v1/clients", token: trainer.token, #"{"name": "Dana Example", "age": 46, "notes": "desk job"}"#)
            #expect(created.status == .created)
            #expect(created.string("status") == "needsAssessment")
            #expect(created.int("age") == 46)
            let id = try #require(created.string("id"))

            let shown = try await api.get("/api/v1/clients/\(id)", token: trainer.token)
            #expect(shown.status == .ok)
            #expect(shown.string("name") == "Dana Example")
            #expect(shown.string("notes") == "desk job")

            let changed = try await api.patch(
                "/api/v1/clients/\(id)", token: trainer.token, #"{"name": "Dana E.", "notes": null}"#)
            #expect(changed.status == .ok)
            #expect(changed.string("name") == "Dana E.")
            #expect(changed["notes"] == .null)
            #expect(changed.int("age") == 46)

            let archived = try await api.post("/api/v1/clients/\(id)/archive", token: trainer.token)
            #expect(archived.status == .ok)
            #expect(archived.string("status") == "archived")
        }
    }

    @Test(arguments: StoreKind.available)
    func listFiltersByTextAndStatusAndPages(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let trainer = try await api.register()
            for name in ["Ann Smith", "Bob Jones", "Annabel Lee"] {
                _ = try await api.createClient(trainer, name: name)
            }
            let all = try await api.get("/api/v1/clients", token: trainer.token)
            #expect(all.status == .ok)
            #expect(all.int("total") == 3)
            #expect(all.array("items").count == 3)

            let ann = try await api.get("/api/v1/clients?q=ann", token: trainer.token)
            #expect(ann.int("total") == 2)
            // Two words as a form sends them: `+` is a space, `%2B` a plus.
            #expect(try await api.get("/api/v1/clients?q=Ann+Smith", token: trainer.token).int("total") == 1)
            #expect(try await api.get("/api/v1/clients?q=Ann%2BSmith", token: trainer.token).int("total") == 0)
            let page = try await api.get("/api/v1/clients?per=2&page=2", token: trainer.token)
            #expect(page.int("total") == 3)
            #expect(page.array("items").count == 1)
            let waiting = try await api.get("/api/v1/clients?status=needsAssessment", token: trainer.token)
            #expect(waiting.int("total") == 3)
            let active = try await api.get("/api/v1/clients?status=active", token: trainer.token)
            #expect(active.int("total") == 0)
        }
    }

    @Test(arguments: [
        ("status=sleeping", "status"), ("per=0", "per"), ("per=101", "per"), ("page=0", "page"), ("page=x", "page"),
    ])
    func listRefusesBadQueries(query: String, field: String) async throws {
        try await withApp(.sqlite) { api in
            let trainer = try await api.register()
            let reply = try await api.get("/api/v1/clients?\(query)", token: trainer.token)
            #expect(reply.status == .badRequest)
            #expect(reply.errorCode == "badQuery")
            #expect(reply.errorField == field)
        }
    }

    @Test(arguments: [
        (#"{"age": 40}"#, "name"), (#"{"name": ""}"#, "name"), (#"{"name": "A", "age": 0}"#, "age"),
        (#"{"name": "A", "age": "forty"}"#, "age"), (#"{"name": "A", "email": "x"}"#, "email"),
    ])
    func createValidates(body: String, field: String) async throws {
        try await withApp(.sqlite) { api in
            let trainer = try await api.register()
            let reply = try await api.post("/api/v1/clients", token: trainer.token, body)
            #expect(reply.status == .unprocessableContent)
            #expect(reply.errorField == field, "\(reply.text)")
        }
    }

    @Test func patchValidatesAndKeepsWhatIsLeftOut() async throws {
        try await withApp(.sqlite) { api in
            let trainer = try await api.register()
            let id = try await api.createClient(trainer)
            let cleared = try await api.patch("/api/v1/clients/\(id)", token: trainer.token, #"{"name": null}"#)
            #expect(cleared.status == .unprocessableContent)
            #expect(cleared.errorField == "name")
            let bad = try await api.patch("/api/v1/clients/\(id)", token: trainer.token, #"{"age": 500}"#)
            #expect(bad.errorField == "age")
            let malformed = try await api.patch("/api/v1/clients/\(id)", token: trainer.token, "{")
            #expect(malformed.status == .badRequest)
            let nothing = try await api.patch("/api/v1/clients/\(id)", token: trainer.token, "{}")
            #expect(nothing.status == .ok)
            #expect(nothing.int("age") == 46)
        }
    }

    @Test(arguments: StoreKind.available)
    func anotherTrainersClientIsNotFound(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let owner = try await api.register()
            let other = try await api.register()
            let id = try await api.createClient(owner)
            #expect(try await api.get("/api/v1/clients/\(id)", token: other.token).status == .notFound)
            let patch = try await api.patch("/api/v1/clients/\(id)", token: other.token, #"{"name": "Mine"}"#)
            #expect(patch.status == .notFound)
            #expect(patch.errorCode == "notFound")
            #expect(try await api.post("/api/v1/clients/\(id)/archive", token: other.token).status == .notFound)
            #expect(try await api.get("/api/v1/clients", token: other.token).int("total") == 0)
            #expect(try await api.get("/api/v1/clients/\(id)", token: owner.token).string("name") == "Dana Example")
            // Text that is not an id names nothing.
            #expect(try await api.get("/api/v1/clients/not-a-uuid", token: owner.token).status == .notFound)
            #expect(try await api.get("/api/v1/clients/\(UUID())", token: owner.token).status == .notFound)
        }
    }
}

/// Archiving is the gentle default: nothing is lost, and the client comes back as they were.
@Suite struct ClientRestoreTests {
    @Test(arguments: StoreKind.available)
    func anArchivedClientComesBackWithTheStatusTheirRecordSupports(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let trainer = try await api.register()
            let active = try await api.createClient(trainer, name: "Ada Active")
            _ = try await api.assess(trainer, client: active)
            let emergency = try await api.createClient(trainer, name: "Eli Emergency")
            _ = try await api.assess(trainer, client: emergency, example: "emergency")
            let referred = try await api.createClient(trainer, name: "Ren Referred")
            _ = try await api.assess(trainer, client: referred, example: "referral")
            let fresh = try await api.createClient(trainer, name: "Nia New")

            for (client, status) in [
                (active, "active"), (emergency, "emergency"), (referred, "referred"), (fresh, "needsAssessment"),
            ] {
                let archived = try await api.post("/api/v1/clients/\(client)/archive", token: trainer.token)
                #expect(archived.string("status") == "archived")
                let restored = try await api.post("/api/v1/clients/\(client)/restore", token: trainer.token)
                #expect(restored.status == .ok, "\(restored.text)")
                #expect(restored.string("status") == status, "\(client)")
                // Restoring again changes nothing.
                let again = try await api.post("/api/v1/clients/\(client)/restore", token: trainer.token)
                #expect(again.status == .ok && again.string("status") == status)
            }
            // The restored client's program is followable again.
            #expect(try await api.get("/api/v1/clients/\(active)/program", token: trainer.token).status == .ok)

            let stranger = try await api.register(name: "Stranger")
            #expect(try await api.post("/api/v1/clients/\(active)/restore", token: stranger.token).status == .notFound)
            #expect(try await api.post("/api/v1/clients/\(active)/restore").status == .unauthorized)
            #expect(try await api.post("/api/v1/clients/nope/restore", token: trainer.token).status == .notFound)
        }
    }

    @Test func theClientPageRestoresAnArchivedClient() async throws {
        try await withApp(.sqlite) { api in
            let trainer = try await api.register()
            let client = try await api.createClient(trainer)
            _ = try await api.assess(trainer, client: client)
            _ = try await api.post("/api/v1/clients/\(client)/archive", token: trainer.token)
            var browser = Browser(api)
            try await browser.signIn(trainer)
            let page = try await browser.get("/clients/\(client)")
            #expect(page.text.contains(#"action="/clients/\#(client)/restore""#))
            #expect(!page.text.contains(#"action="/clients/\#(client)/archive""#))
            let restored = try await browser.post("/clients/\(client)/restore")
            #expect(restored.status == .seeOther && restored.location == "/clients/\(client)?notice=restored")
            let after = try await browser.get(try #require(restored.location))
            #expect(after.text.contains("Restored from the archive.") && after.text.contains("/archive"))
        }
    }
}
