import Foundation
import Hummingbird
import LumbarCore
import LumbarJSON
import LumbarSQLite
import LumbarWeb
import Testing

@Suite struct PlatformRouteTests {
    @Test(arguments: StoreKind.available)
    func healthAnswersWhileTheDatabaseDoes(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let reply = try await api.get("/healthz")
            #expect(reply.status == .ok)
            #expect(reply.string("status") == "ok")
        }
    }

    @Test func helloAnswersWithoutTheDatabase() async throws {
        let app = buildApplication(config: .testing, store: UnreachableStore())
        try await app.test(.router) { client in
            let reply = try await client.execute(uri: "/hello", method: .get)
            #expect(reply.status == .ok)
            #expect(String(buffer: reply.body) == "hello")
        }
    }

    @Test func healthAnswers503WhenTheDatabaseReadsButTakesNoWrite() async throws {
        let app = buildApplication(config: .testing, store: UnreachableStore(answersPing: true))
        try await app.test(.router) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .serviceUnavailable)
        }
    }

    @Test func healthAnswers503WhenTheDatabaseDoesNot() async throws {
        let app = buildApplication(config: .testing, store: UnreachableStore())
        try await app.test(.router) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .serviceUnavailable)
            let body = try JSONParser.parse(String(buffer: health.body))
            #expect(body["error"]?["code"] == .string("unavailable"))
            // Any route whose database is down answers 503 with a generic message.
            let login = try await client.execute(
                uri: "/api/v1/auth/login", method: .post,
                body: ByteBuffer(string: #"{"email": "a@example.com", "password": "whatever it is"}"#))
            #expect(login.status == .serviceUnavailable)
            #expect(!String(buffer: login.body).contains("connection refused"))
        }
    }

    @Test func oversizedBodiesAreRefusedWith413() async throws {
        try await withApp(.sqlite) { api in
            let trainer = try await api.register()
            let notes = String(repeating: "x", count: 300 * 1024)
            let reply = try await api.post(
                "/api/v1/clients", token: trainer.token, #"{"name": "A", "notes": "\#(notes)"}"#)
            #expect(reply.status == .contentTooLarge)
            #expect(reply.errorCode == "payloadTooLarge")
            // Refused before anything else looks at it, signed in or not.
            let anonymous = try await api.post("/api/v1/auth/register", String(repeating: " ", count: 300 * 1024))
            #expect(anonymous.status == .contentTooLarge)
        }
    }

    @Test func aSmallerLimitIsHonoured() async throws {
        var config = AppConfig.testing
        config.maxBodyBytes = 64
        try await withApp(.sqlite, config: config) { api in
            let reply = try await api.post(
                "/api/v1/auth/login", #"{"email": "someone@example.com", "password": "a password that is long"}"#)
            #expect(reply.status == .contentTooLarge)
        }
    }

    @Test func unknownRoutesAnswerTheErrorBody() async throws {
        try await withApp(.sqlite) { api in
            let reply = try await api.get("/api/v1/nothing-here")
            #expect(reply.status == .notFound)
            #expect(reply.errorCode == "notFound")
            #expect(reply["error"]?["field"] == .null)
            // A known path with a method it does not take: 405 naming the methods it does.
            let wrongMethod = try await api.delete("/api/v1/catalog")
            #expect(wrongMethod.status == .methodNotAllowed)
            #expect(wrongMethod.headers[.allow] == "GET")
            #expect(wrongMethod.errorCode == "methodNotAllowed")
            let client = try await api.call(.put, "/api/v1/clients/\(UUID())")
            #expect(client.headers[.allow] == "DELETE, GET, PATCH")
            #expect(try await api.call(.trace, "/api/v1/clients/a/b/c").status == .notFound)
        }
    }

    @Test func malformedJSONIs400WithWhereItBroke() async throws {
        try await withApp(.sqlite) { api in
            let trainer = try await api.register()
            let reply = try await api.post("/api/v1/clients", token: trainer.token, "{\"name\": \"A\",\n \"age\": }")
            #expect(reply.status == .badRequest)
            #expect(reply.errorCode == "malformedJson")
            #expect(reply.string("error.message")?.contains("line 2") == true)
            let duplicate = try await api.post("/api/v1/clients", token: trainer.token, #"{"name": "A", "name": "B"}"#)
            #expect(duplicate.status == .badRequest)
        }
    }
}
