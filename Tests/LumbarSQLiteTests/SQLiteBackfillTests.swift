import Foundation
import GRDB
import LumbarStore
import LumbarTestSupport
import Testing

@testable import LumbarSQLite

/// Migrations 003 and 004 fill the summary and history columns of rows an older release wrote: the
/// rows are put in with the SQL of schema 002 (the store itself already writes the new columns), then
/// upgraded.
@Suite("SQLite dashboard-summary backfill")
struct SQLiteBackfillTests {
    @Test("migrations 003 and 004 derive the pain, days-a-week and history columns from the stored documents")
    func backfill() async throws {
        let database = try TemporaryDatabase()
        defer { database.remove() }
        let old = try SQLiteStore(path: database.path)
        try await old.migrate(upTo: "002_session_log_order")
        let trainer = try await StoreConformance.newTrainer(in: old)
        let client = try await StoreConformance.newClient(in: old, trainerID: trainer.id, name: "Sessions")
        var programClients: [UUID] = []
        for index in SummaryBackfillFixture.programs.indices {
            let owner = try await StoreConformance.newClient(in: old, trainerID: trainer.id, name: "Program \(index)")
            programClients.append(owner.id)
        }
        let owners = programClients
        try await old.writer.write { db in
            for (index, fixture) in SummaryBackfillFixture.sessions.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO session_logs (id, trainer_id, client_id, date, document, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        UUID().sql, trainer.id.sql, client.id.sql, "2026-03-0\(index + 1)", fixture.document, index,
                    ])
            }
            for (owner, fixture) in zip(owners, SummaryBackfillFixture.programs) {
                try db.execute(
                    sql: """
                        INSERT INTO program_versions
                            (program_id, version, trainer_id, client_id, document, change, active, created_at)
                        VALUES (?, 1, ?, ?, ?, 'planned', 1, 0)
                        """,
                    arguments: [UUID().sql, trainer.id.sql, owner.sql, fixture.document])
            }
        }
        try await old.close()

        let upgraded = try SQLiteStore(path: database.path)
        try await upgraded.migrate()
        try await SummaryBackfillFixture.check(
            upgraded, trainerID: trainer.id, sessionClient: client.id, programClients: programClients)
        try await upgraded.close()
    }
}
