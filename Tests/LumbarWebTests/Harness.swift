import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import LumbarCore
import LumbarJSON
import LumbarSQLite
import LumbarStore
import LumbarTestSupport
import LumbarWeb
import Synchronization
import Testing

@testable import LumbarPostgres

/// The backends the route tests run on: in-memory SQLite always, PostgreSQL when
/// `LUMBAR_TEST_POSTGRES_URL` is set (`scripts/with-postgres.sh swift test`).
enum StoreKind: String, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    static let postgresURL: String? = {
        guard let url = ProcessInfo.processInfo.environment["LUMBAR_TEST_POSTGRES_URL"], !url.isEmpty else {
            return nil
        }
        return url
    }()

    static var available: [StoreKind] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }

    /// Runs `body` on a fresh, migrated store of this kind: its own in-memory SQLite database, or
    /// its own PostgreSQL schema, so tests never see each other's rows or rate-limit counters.
    func withStore<T: Sendable>(_ body: @Sendable (any LumbarStore) async throws -> T) async throws -> T {
        switch self {
        case .sqlite:
            let store = try SQLiteStore.inMemory()
            try await store.migrate()
            return try await body(store)
        case .postgres:
            let base = try #require(StoreKind.postgresURL)
            let schema = "lumbar_web_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            let admin = try PostgresStore(url: base, maximumConnections: 1)
            try await admin.execute(sql: "CREATE SCHEMA \(schema)")
            let separator = base.contains("?") ? "&" : "?"
            let store = try PostgresStore(
                url: base + separator + "options=-csearch_path%3D" + schema, maximumConnections: 4)
            do {
                try await store.migrate()
                let result = try await body(store)
                try await store.close()
                try await admin.execute(sql: "DROP SCHEMA \(schema) CASCADE")
                try await admin.close()
                return result
            } catch {
                try? await store.close()
                try? await admin.execute(sql: "DROP SCHEMA \(schema) CASCADE")
                try? await admin.close()
                throw error
            }
        }
    }
}

/// A clock the tests move by hand (token and share-link expiry, rate-limit windows).
final class TestClock: Sendable {
    /// 2026-11-25 09:46 UTC: late enough that the fixtures' sessions (up to 2026-11-25) are not in
    /// the future, which the session routes refuse.
    private let current = Mutex(Date(timeIntervalSince1970: 1_795_600_000))

    var now: Date { current.withLock { $0 } }

    func advance(days: Double) { current.withLock { $0 = $0.addingTimeInterval(days * 86_400) } }
}

extension AppConfig {
    /// Fast bcrypt and per-address limits out of the way (every in-process request comes from the
    /// same unknown address); per-account limits as in production.
    static var testing: AppConfig {
        var config = AppConfig(bcryptCost: 4)
        config.rateLimits.failuresPerAddress = 10_000
        config.rateLimits.registrationsPerAddress = 10_000
        return config
    }
}

/// What a route answered.
struct Reply: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let text: String

    /// The body as JSON; nil when it is empty or not JSON.
    var json: JSONValue? { try? JSONParser.parse(text) }

    /// The value at a dotted path of the JSON body (`trainer.id`, `items`).
    subscript(_ path: String) -> JSONValue? {
        var value = json
        for key in path.split(separator: ".") { value = value?[String(key)] }
        return value
    }

    func string(_ path: String) -> String? {
        if case .string(let text)? = self[path] { return text }
        return nil
    }

    func int(_ path: String) -> Int? {
        if case .number(let number)? = self[path] { return Int(number) }
        return nil
    }

    func array(_ path: String) -> [JSONValue] {
        if case .array(let items)? = self[path] { return items }
        return []
    }

    var errorCode: String? { string("error.code") }
    var errorField: String? { string("error.field") }
}

/// A signed-in trainer in a test.
struct Trainer: Sendable {
    let id: String
    let email: String
    let token: String
}

/// Sends JSON requests to the app in-process.
struct API: Sendable {
    let client: any TestClientProtocol
    let clock: TestClock

    func call(
        _ method: HTTPRequest.Method, _ path: String, token: String? = nil, body: String? = nil,
        headers: HTTPFields = [:]
    ) async throws -> Reply {
        var headers = headers
        if let token { headers[.authorization] = "Bearer \(token)" }
        if body != nil { headers[.contentType] = "application/json" }
        let response = try await client.execute(
            uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        return Reply(status: response.status, headers: response.headers, text: String(buffer: response.body))
    }

    func get(_ path: String, token: String? = nil) async throws -> Reply { try await call(.get, path, token: token) }

    func post(_ path: String, token: String? = nil, _ body: String? = nil) async throws -> Reply {
        try await call(.post, path, token: token, body: body)
    }

    func patch(_ path: String, token: String? = nil, _ body: String) async throws -> Reply {
        try await call(.patch, path, token: token, body: body)
    }

    func delete(_ path: String, token: String? = nil) async throws -> Reply {
        try await call(.delete, path, token: token)
    }

    /// Registers a new trainer with a unique e-mail address and returns its token.
    func register(name: String = "Alex Trainer", password: String = "correct horse battery") async throws -> Trainer {
        let email = "trainer-\(UUID().uuidString.prefix(8).lowercased())@example.com"
        let reply = try await post(
            "/api/v1/auth/register", #"{"email": "\#(email)", "password": "\#(password)", "name": "\#(name)"}"#)
        #expect(reply.status == .created, "register: \(reply.text)")
        return Trainer(
            id: try #require(reply.string("trainer.id")), email: email, token: try #require(reply.string("token")))
    }

    /// Creates a client of `trainer` and returns its id.
    func createClient(_ trainer: Trainer, name: String = "Dana Example") async throws -> String {
        let reply = try await post("/api/v1/clients", token: trainer.token, #"{"name": "\#(name)", "age": 46}"#)
        #expect(reply.status == .created, "create client: \(reply.text)")
        return try #require(reply.string("id"))
    }

    /// Records an example assessment (`Examples/NAME.json`) for a client.
    func assess(_ trainer: Trainer, client: String, example: String = "desk-worker") async throws -> Reply {
        try await post(
            "/api/v1/clients/\(client)/assessments", token: trainer.token, try Examples.text(example))
    }
}

enum Examples {
    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: Fixtures.examplePath(name), encoding: .utf8)
    }
}

/// Runs `body` against a fresh app on a fresh store of `kind`, with the store at hand for rows
/// no route would write (damaged or legacy data).
func withAppAndStore(
    _ kind: StoreKind, config: AppConfig = .testing,
    _ body: @escaping @Sendable (API, any LumbarStore) async throws -> Void
) async throws {
    try await kind.withStore { store in
        let clock = TestClock()
        let app = buildApplication(config: config, store: store, now: { clock.now })
        try await app.test(.router) { client in try await body(API(client: client, clock: clock), store) }
    }
}

/// Runs `body` against a fresh app on a fresh store of `kind`.
func withApp(
    _ kind: StoreKind, config: AppConfig = .testing, logger: Logger? = nil,
    _ body: @escaping @Sendable (API) async throws -> Void
) async throws {
    try await kind.withStore { store in
        let clock = TestClock()
        let app = buildApplication(config: config, store: store, now: { clock.now }, logger: logger)
        try await app.test(.router) { client in try await body(API(client: client, clock: clock)) }
    }
}
