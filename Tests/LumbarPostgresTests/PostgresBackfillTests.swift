import Foundation
import LumbarStore
import LumbarTestSupport
import PostgresNIO
import Testing

@testable import LumbarPostgres

/// Migrations 003 and 004 fill the summary and history columns of rows an older release wrote: the
/// rows are put in with the SQL of schema 002 (the store itself already writes the new columns), then
/// upgraded.
@Suite(.enabled(if: PostgresTestDatabase.isConfigured, PostgresTestDatabase.skipReason))
struct PostgresBackfillTests {
    @Test func migrations003And004DeriveThePainDaysAndHistoryColumnsFromTheStoredDocuments() async throws {
        try await PostgresTestDatabase.withFreshSchema { url in
            let (trainerID, clientID, programClients) = try await PostgresTestDatabase.withStore(
                url: url, migrate: false
            ) { old in
                try await old.migrate(upTo: "002_session_log_order")
                let trainer = try await StoreConformance.newTrainer(in: old)
                let client = try await StoreConformance.newClient(in: old, trainerID: trainer.id, name: "Sessions")
                var programClients: [UUID] = []
                for index in SummaryBackfillFixture.programs.indices {
                    let owner = try await StoreConformance.newClient(
                        in: old, trainerID: trainer.id, name: "Program \(index)")
                    programClients.append(owner.id)
                }
                for (index, fixture) in SummaryBackfillFixture.sessions.enumerated() {
                    let date = "2026-03-0\(index + 1)"
                    try await old.fetch(
                        """
                        INSERT INTO session_logs (id, trainer_id, client_id, date, document, created_at)
                        VALUES (\(UUID()), \(trainer.id), \(client.id), \(date), \(fixture.document), now())
                        """)
                }
                for (owner, fixture) in zip(programClients, SummaryBackfillFixture.programs) {
                    try await old.fetch(
                        """
                        INSERT INTO program_versions
                            (program_id, version, trainer_id, client_id, document, change, active, created_at)
                        VALUES (\(UUID()), 1, \(trainer.id), \(owner), \(fixture.document), 'planned', true, now())
                        """)
                }
                return (trainer.id, client.id, programClients)
            }
            try await PostgresTestDatabase.withStore(url: url) { upgraded in
                #expect(try await upgraded.appliedMigrations() == PostgresStore.migrationIdentifiers)
                try await SummaryBackfillFixture.check(
                    upgraded, trainerID: trainerID, sessionClient: clientID, programClients: programClients)
            }
        }
    }
}
