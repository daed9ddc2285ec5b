import Foundation
import Hummingbird
import LumbarWeb
import Testing

@Suite struct AuthRouteTests {
    @Test(arguments: StoreKind.available)
    func registerAnswersATokenAndTheTrainerButNoHash(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let reply = try await api.post(
                "/api/v1/auth/register",
                #"{"email": "dana@example.com", "password": "long enough pass", "name": "Dana"}"#)
            #expect(reply.status == .created)
            #expect(reply.string("token")?.count == 43)
            #expect(reply.string("trainer.email") == "dana@example.com")
            #expect(reply.string("trainer.name") == "Dana")
            #expect(reply.string("trainer.id") != nil)
            #expect(!reply.text.contains("passwordHash") && !reply.text.contains("$2"))
            #expect(reply.headers[.contentType] == "application/json; charset=utf-8")

            let again = try await api.post(
                "/api/v1/auth/register",
                #"{"email": "DANA@example.com", "password": "long enough pass", "name": "Dana"}"#)
            #expect(again.status == .conflict)
            #expect(again.errorCode == "conflict")
            #expect(again.errorField == "email")
        }
    }

    @Test(arguments: [
        (#"{"email": "not-an-address", "password": "long enough pass", "name": "D"}"#, "email"),
        (#"{"email": "a@example.com", "password": "short", "name": "D"}"#, "password"),
        // Nine characters but more than ten bytes: too short, counted as JSON Schema counts.
        (#"{"email": "a@example.com", "password": "äöüäöüäöü", "name": "D"}"#, "password"),
        // Forty characters but 80 bytes: bcrypt would cut it.
        (
            #"{"email": "a@example.com", "password": "ääääääääääääääääääääääääääääääääääääääää", "name": "D"}"#,
            "password"
        ),
        (#"{"email": "a@example.com", "password": "long enough pass", "name": "  "}"#, "name"),
        (#"{"email": "a@example.com", "password": "long enough pass"}"#, "name"),
        (#"{"email": "a@example.com", "password": "long enough pass", "name": "D", "role": "admin"}"#, "role"),
        (#"{"email": 5, "password": "long enough pass", "name": "D"}"#, "email"),
    ])
    func registerValidatesEachField(body: String, field: String) async throws {
        try await withApp(.sqlite) { api in
            let reply = try await api.post("/api/v1/auth/register", body)
            #expect(reply.status == .unprocessableContent)
            #expect(reply.errorCode == "validationFailed")
            #expect(reply.errorField == field, "\(reply.text)")
        }
    }

    @Test(arguments: StoreKind.available)
    func loginAnswersANewTokenAndRefusesAWrongPassword(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let trainer = try await api.register()
            let login = try await api.post(
                "/api/v1/auth/login", #"{"email": "\#(trainer.email)", "password": "correct horse battery"}"#)
            #expect(login.status == .ok)
            let token = try #require(login.string("token"))
            #expect(token != trainer.token)
            #expect(login.string("trainer.id") == trainer.id)
            #expect(try await api.get("/api/v1/clients", token: token).status == .ok)

            let wrong = try await api.post(
                "/api/v1/auth/login", #"{"email": "\#(trainer.email)", "password": "wrong horse battery"}"#)
            #expect(wrong.status == .unauthorized)
            #expect(wrong.errorCode == "unauthorized")
            let unknown = try await api.post(
                "/api/v1/auth/login", #"{"email": "nobody@example.com", "password": "correct horse battery"}"#)
            #expect(unknown.status == .unauthorized)
            #expect(unknown.text == wrong.text)
        }
    }

    @Test(arguments: StoreKind.available)
    func logoutRevokesTheToken(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let trainer = try await api.register()
            #expect(try await api.post("/api/v1/auth/logout", token: trainer.token).status == .noContent)
            let after = try await api.get("/api/v1/clients", token: trainer.token)
            #expect(after.status == .unauthorized)
            #expect(after.headers[.wwwAuthenticate] == "Bearer")
            #expect(try await api.post("/api/v1/auth/logout", token: trainer.token).status == .unauthorized)
        }
    }

    @Test func signedInRoutesRefuseMissingMalformedAndExpiredTokens() async throws {
        try await withApp(.sqlite) { api in
            let none = try await api.get("/api/v1/clients")
            #expect(none.status == .unauthorized)
            #expect(none.errorCode == "unauthorized")
            #expect(try await api.get("/api/v1/clients", token: "not-a-token").status == .unauthorized)
            let basic = try await api.call(.get, "/api/v1/clients", headers: [.authorization: "Basic YTpi"])
            #expect(basic.status == .unauthorized)
            let forged = String(repeating: "A", count: 43)
            #expect(try await api.get("/api/v1/clients", token: forged).status == .unauthorized)

            let trainer = try await api.register()
            #expect(try await api.get("/api/v1/clients", token: trainer.token).status == .ok)
            api.clock.advance(days: 31)
            #expect(try await api.get("/api/v1/clients", token: trainer.token).status == .unauthorized)
        }
    }

    @Test(arguments: StoreKind.available)
    func repeatedWrongPasswordsAreRateLimitedPerAccount(_ kind: StoreKind) async throws {
        try await withApp(kind) { api in
            let trainer = try await api.register()
            let wrong = #"{"email": "\#(trainer.email)", "password": "wrong horse battery"}"#
            for _ in 0..<AppConfig.testing.rateLimits.failuresPerAccountAndAddress {
                #expect(try await api.post("/api/v1/auth/login", wrong).status == .unauthorized)
            }
            let limited = try await api.post("/api/v1/auth/login", wrong)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.errorCode == "rateLimited")
            #expect(limited.headers[.retryAfter] == "900")
            // Past the limit even the right password is refused from this address (every in-process
            // request comes from the same one), so guessing on teaches nothing.
            let right = try await api.post(
                "/api/v1/auth/login", #"{"email": "\#(trainer.email)", "password": "correct horse battery"}"#)
            #expect(right.status == .tooManyRequests)
            // Another account is not affected; the window passes.
            let other = try await api.register()
            let otherLogin = try await api.post(
                "/api/v1/auth/login", #"{"email": "\#(other.email)", "password": "correct horse battery"}"#)
            #expect(otherLogin.status == .ok)
            api.clock.advance(days: 1)
            let later = try await api.post(
                "/api/v1/auth/login", #"{"email": "\#(trainer.email)", "password": "correct horse battery"}"#)
            #expect(later.status == .ok)
        }
    }

    @Test func attemptsAreRateLimitedPerAddress() async throws {
        var config = AppConfig.testing
        config.rateLimits.failuresPerAddress = 3
        try await withApp(.sqlite, config: config) { api in
            for index in 0..<3 {
                let reply = try await api.post(
                    "/api/v1/auth/login", #"{"email": "guess\#(index)@example.com", "password": "whatever it is"}"#)
                #expect(reply.status == .unauthorized)
            }
            let limited = try await api.post(
                "/api/v1/auth/login", #"{"email": "guess9@example.com", "password": "whatever it is"}"#)
            #expect(limited.status == .tooManyRequests)
        }
    }

    @Test func loginBodyIsStrict() async throws {
        try await withApp(.sqlite) { api in
            let missing = try await api.post("/api/v1/auth/login", #"{"email": "a@example.com"}"#)
            #expect(missing.status == .unprocessableContent)
            #expect(missing.errorField == "password")
            let malformed = try await api.post("/api/v1/auth/login", #"{"email": "a@example.com", "#)
            #expect(malformed.status == .badRequest)
            #expect(malformed.errorCode == "malformedJson")
            let empty = try await api.post("/api/v1/auth/login", nil)
            #expect(empty.status == .badRequest)
        }
    }
}
