import LumbarStore
import Testing

@testable import LumbarPostgres

/// Reading `DATABASE_URL`: no server needed.
struct PostgresURLTests {
    @Test func readsEveryPart() throws {
        let url = try PostgresURL("postgres://lumbar:s3cr%40t@db.example.com:6543/lumbar_prod?application_name=web")
        #expect(url.host == "db.example.com")
        #expect(url.port == 6543)
        #expect(url.username == "lumbar")
        #expect(url.password == "s3cr@t")
        #expect(url.database == "lumbar_prod")
        #expect(url.startupParameters.map(\.0) == ["application_name"])
        #expect(url.redacted == "postgres://lumbar@db.example.com:6543/lumbar_prod")
    }

    @Test func defaultsThePortAndAcceptsThePostgresqlScheme() throws {
        let url = try PostgresURL("postgresql://me@localhost/lumbar")
        #expect(url.port == 5432)
        #expect(url.password == nil)
    }

    @Test func passesOptionsToTheServer() throws {
        let url = try PostgresURL("postgres://me:pw@127.0.0.1:5432/lumbar?options=-csearch_path%3Dtenant_a")
        #expect(url.startupParameters.first?.0 == "options")
        #expect(url.startupParameters.first?.1 == "-csearch_path=tenant_a")
    }

    @Test func encryptsExceptOnLoopbackUnlessTold() throws {
        #expect(try PostgresURL("postgres://me@127.0.0.1/db").sslMode == .disable)
        #expect(try PostgresURL("postgres://me@localhost/db").sslMode == .disable)
        #expect(try PostgresURL("postgres://me@[::1]/db").sslMode == .disable)
        #expect(try PostgresURL("postgres://me@db.internal/db").sslMode == .prefer)
        #expect(try PostgresURL("postgres://me@db.internal/db?sslmode=disable").sslMode == .disable)
        #expect(try PostgresURL("postgres://me@127.0.0.1/db?sslmode=require").sslMode == .require)
        #expect(try PostgresURL("postgres://me@db.internal/db?sslmode=verify-full").sslMode == .verifyFull)
    }

    @Test(arguments: [
        "mysql://me:hunter2@host/db", "postgres://:hunter2@host/db", "postgres://me:hunter2@host",
        "postgres://me:hunter2@host/db/extra", "postgres://me:hunter2@host/db?sslmode=bogus", "not a url",
    ])
    func rejectsUnusableURLsWithoutRepeatingThePassword(_ text: String) {
        let error = #expect(throws: StoreError.self) { try PostgresURL(text) }
        guard case .unavailable(let message)? = error else {
            Issue.record("expected StoreError.unavailable, got \(String(describing: error))")
            return
        }
        #expect(!message.contains("hunter2"))
    }

    @Test func migrationIdentifiersMatchTheSQLiteNaming() {
        #expect(PostgresStore.migrationIdentifiers.first == "001_initial")
        #expect(PostgresMigrations.all.map(\.version) == Array(1...PostgresMigrations.all.count))
    }
}
