import Foundation
import Testing

@testable import LumbarPostgres

/// The PostgreSQL server the tests may use: `LUMBAR_TEST_POSTGRES_URL`, which
/// `scripts/with-postgres.sh` (and CI) sets. Without it the database tests are skipped.
enum PostgresTestDatabase {
    static let url: String? = {
        guard let url = ProcessInfo.processInfo.environment["LUMBAR_TEST_POSTGRES_URL"], !url.isEmpty else {
            return nil
        }
        return url
    }()

    /// Whether the database tests can run.
    static var isConfigured: Bool { url != nil }

    /// Why the database tests were skipped, as shown in the test report.
    static let skipReason: Comment =
        "LUMBAR_TEST_POSTGRES_URL is not set; run `scripts/with-postgres.sh swift test` to test against PostgreSQL"

    /// Runs `body` with a migrated store on the shared test database, then closes the store.
    ///
    /// The conformance checks make all their rows from fresh UUIDs, so every test may share the one
    /// database; migrating it again is a no-op after the first time.
    static func withStore<T>(
        url: String? = nil, maximumConnections: Int = 4, migrate: Bool = true,
        _ body: (PostgresStore) async throws -> T
    ) async throws -> T {
        let url = try #require(url ?? Self.url, skipReason)
        let store = try PostgresStore(url: url, maximumConnections: maximumConnections)
        do {
            if migrate { try await store.migrate() }
            let result = try await body(store)
            try await store.close()
            return result
        } catch {
            try? await store.close()
            throw error
        }
    }

    /// Runs `body` with the URL of a new, empty schema of the test database, dropped afterwards.
    ///
    /// The URL sets the schema as the connections' `search_path`, so a store on it sees a database
    /// no migration has touched, beside the shared one.
    static func withFreshSchema<T>(_ body: (String) async throws -> T) async throws -> T {
        let base = try #require(url, skipReason)
        let schema = "lumbar_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let separator = base.contains("?") ? "&" : "?"
        let schemaURL = base + separator + "options=-csearch_path%3D" + schema
        return try await withStore(url: base, migrate: false) { admin in
            try await admin.execute(sql: "CREATE SCHEMA \(schema)")
            do {
                let result = try await body(schemaURL)
                try await admin.execute(sql: "DROP SCHEMA \(schema) CASCADE")
                return result
            } catch {
                try? await admin.execute(sql: "DROP SCHEMA \(schema) CASCADE")
                throw error
            }
        }
    }
}
