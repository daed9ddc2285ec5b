import Foundation
import LumbarStore
import LumbarTestSupport
import PostgresNIO
import Testing

@testable import LumbarPostgres

@Suite(.enabled(if: PostgresTestDatabase.isConfigured, PostgresTestDatabase.skipReason))
struct PostgresErasureTests {
    @Test("after an erasure no row of any table mentions the client, or then the trainer")
    func noTrace() async throws {
        // A schema of its own, so the scan reads only this test's rows.
        try await PostgresTestDatabase.withFreshSchema { url in
            try await PostgresTestDatabase.withStore(url: url) { store in
                try await StoreConformance.erasureLeavesNoTrace(in: store) { needles in
                    try await Self.rows(in: store, mentioning: needles)
                }
            }
        }
    }

    /// Every row of every table of the current schema (from `information_schema`, so a table added
    /// later is included) whose text form contains one of `needles`, ignoring case.
    static func rows(in store: PostgresStore, mentioning needles: [String]) async throws -> [String] {
        let tables = try await store.fetch(
            """
            SELECT table_name::text FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
            """
        ).map { try $0.decode(String.self) }
        #expect(tables.contains("password_resets") && tables.contains("session_logs"))
        var found: [String] = []
        for table in tables {
            for row in try await store.fetch("SELECT t::text FROM \(unescaped: table) t") {
                let text = try row.decode(String.self).lowercased()
                if needles.contains(where: { text.contains($0.lowercased()) }) { found.append("\(table): \(text)") }
            }
        }
        return found
    }
}
