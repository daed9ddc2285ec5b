import Hummingbird
import LumbarCore
import Testing

@Suite struct CatalogRouteTests {
    @Test func catalogIsPublicAndFiltered() async throws {
        try await withApp(.sqlite) { api in
            let all = try await api.get("/api/v1/catalog")
            #expect(all.status == .ok)
            #expect(all.string("schema") == "lumbar.catalog/1")
            #expect(all.array("exercises").count == (try Catalog.bundled()).exercises.count)

            let inhibit = try await api.get("/api/v1/catalog?phase=inhibit")
            #expect(!inhibit.array("exercises").isEmpty)
            #expect(inhibit.array("exercises").allSatisfy { $0["phase"] == .string("inhibit") })
            let glutes = try await api.get("/api/v1/catalog?muscle=gluteusMaximus&q=bridge")
            #expect(glutes.text.contains("glute-bridge"))
            #expect(try await api.get("/api/v1/catalog?q=zzzz-nothing").array("exercises").isEmpty)
            #expect(try await api.get("/api/v1/catalog?q=glute+bridge").text.contains("glute-bridge"))

            let bad = try await api.get("/api/v1/catalog?phase=stretch")
            #expect(bad.status == .badRequest)
            #expect(bad.errorField == "phase")
            #expect(try await api.get("/api/v1/catalog?muscle=biceps").errorField == "muscle")
        }
    }

    @Test func routinesAreTheSevenWorkoutsAndFilter() async throws {
        try await withApp(.sqlite) { api in
            let all = try await api.get("/api/v1/routines")
            #expect(all.status == .ok)
            #expect(all.string("schema") == "lumbar.routines/1")
            #expect(all.array("routines").count == 7)
            let prone = try await api.get("/api/v1/routines?q=prone")
            #expect(prone.text.contains("prone-strength"))
            #expect(prone.array("routines").count < 7)
            #expect(try await api.get("/api/v1/routines?phase=nope").status == .badRequest)
        }
    }
}

@Suite struct ShareLinkRouteTests {
    @Test(arguments: StoreKind.available)
    func aShareLinkShowsTheFirstNameAndProgramAndLogsSessions(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let planned = try await ProgramRouteTests.planned(api)
            let created = try await api.post(
                "/api/v1/clients/\(planned.client)/share-links", token: planned.trainer.token)
            #expect(created.status == .created, "\(created.text)")
            let token = try #require(created.string("token"))
            let id = try #require(created.string("id"))
            #expect(token.count == 43)
            #expect(created.string("url") == "/s/\(token)")
            #expect(created.string("expiresAt") != nil)

            let shared = try await api.get("/api/v1/share/\(token)")
            #expect(shared.status == .ok)
            #expect(shared.string("firstName") == "Dana")
            #expect(shared.string("program.id") == planned.programID)
            // Nothing else about the client or the trainer.
            #expect(
                shared.json.map { value in
                    if case .object(let pairs) = value { return pairs.map(\.0) }
                    return []
                } == ["firstName", "program"])
            #expect(!shared.text.contains("Example") && !shared.text.contains(planned.trainer.email))

            let logged = try await api.post(
                "/api/v1/share/\(token)/sessions", SessionText.session(planned.program, date: "2026-11-20"))
            #expect(logged.status == .created)
            let sessions = try await api.get("/api/v1/clients/\(planned.client)/sessions", token: planned.trainer.token)
            #expect(sessions.int("total") == 1)
            let invalid = try await api.post("/api/v1/share/\(token)/sessions", #"{"date": "x"}"#)
            #expect(invalid.status == .unprocessableContent)

            let list = try await api.get("/api/v1/clients/\(planned.client)/share-links", token: planned.trainer.token)
            #expect(list.int("total") == 1)
            #expect(list.array("items").first?["active"] == .bool(true))
            #expect(!list.text.contains(token))

            #expect(
                try await api.delete("/api/v1/share-links/\(id)", token: planned.trainer.token).status == .noContent)
            #expect(try await api.get("/api/v1/share/\(token)").status == .notFound)
            #expect(
                try await api.post("/api/v1/share/\(token)/sessions", SessionText.painOnly(date: "2026-11-21", pain: 1))
                    .status == .notFound)
            let after = try await api.get("/api/v1/clients/\(planned.client)/share-links", token: planned.trainer.token)
            #expect(after.array("items").first?["active"] == .bool(false))
        }
    }

    @Test func shareLinksExpireAndTakeAnOptionalLifetime() async throws {
        try await withApp(.sqlite) { api in
            let planned = try await ProgramRouteTests.planned(api)
            let path = "/api/v1/clients/\(planned.client)/share-links"
            let short = try await api.post(path, token: planned.trainer.token, #"{"expiresInDays": 7}"#)
            #expect(short.status == .created)
            let token = try #require(short.string("token"))
            let bad = try await api.post(path, token: planned.trainer.token, #"{"expiresInDays": 0}"#)
            #expect(bad.errorField == "expiresInDays")
            #expect(try await api.post(path, token: planned.trainer.token, #"{"days": 1}"#).errorField == "days")
            #expect(try await api.get("/api/v1/share/\(token)").status == .ok)
            api.clock.advance(days: 8)
            #expect(try await api.get("/api/v1/share/\(token)").status == .notFound)
        }
    }

    @Test(arguments: StoreKind.available)
    func shareLinksBelongToTheirTrainer(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let planned = try await ProgramRouteTests.planned(api)
            let other = try await api.register()
            let path = "/api/v1/clients/\(planned.client)/share-links"
            #expect(try await api.post(path, token: other.token).status == .notFound)
            #expect(try await api.get(path, token: other.token).status == .notFound)
            let created = try await api.post(path, token: planned.trainer.token)
            let id = try #require(created.string("id"))
            #expect(try await api.delete("/api/v1/share-links/\(id)", token: other.token).status == .notFound)
            #expect(try await api.delete("/api/v1/share-links/\(id)").status == .unauthorized)
            #expect(try await api.get("/api/v1/share/\(try #require(created.string("token")))").status == .ok)
            #expect(try await api.get("/api/v1/share/\(String(repeating: "x", count: 43))").status == .notFound)
            #expect(try await api.get("/api/v1/share/short").status == .notFound)
        }
    }

    @Test func aSharedReferredClientShowsNoProgram() async throws {
        try await withApp(.sqlite) { api in
            let trainer = try await api.register()
            let client = try await api.createClient(trainer, name: "Ruth Jones")
            _ = try await api.assess(trainer, client: client, example: "referral")
            let created = try await api.post("/api/v1/clients/\(client)/share-links", token: trainer.token)
            let shared = try await api.get("/api/v1/share/\(try #require(created.string("token")))")
            #expect(shared.status == .ok)
            #expect(shared.string("firstName") == "Ruth")
            #expect(shared["program"] == .null)
        }
    }
}
