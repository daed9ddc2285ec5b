import Foundation
import GRDB
import LumbarStore
import LumbarTestSupport
import Testing

@testable import LumbarSQLite

@Suite("SQLite erasure")
struct SQLiteErasureTests {
    @Test("after an erasure no row of any table mentions the client, or then the trainer")
    func noTrace() async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        try await StoreConformance.erasureLeavesNoTrace(in: store) { needles in
            try await Self.rows(in: store, mentioning: needles)
        }
        try await store.close()
    }

    /// Every row of every table in the schema (read from `sqlite_schema`, so a table added later is
    /// included) whose values, as text, contain one of `needles`, ignoring case.
    static func rows(in store: SQLiteStore, mentioning needles: [String]) async throws -> [String] {
        let needles = needles.map { $0.lowercased() }
        return try await store.writer.read { db in
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            #expect(tables.contains("password_resets") && tables.contains("session_logs"))
            var found: [String] = []
            for table in tables {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table)") {
                    let text = row.databaseValues.map(\.description).joined(separator: " | ").lowercased()
                    if needles.contains(where: text.contains) { found.append("\(table): \(text)") }
                }
            }
            return found
        }
    }
}
