import LumbarStore
import LumbarTestSupport
import Testing

@testable import LumbarPostgres

/// Versioned migrations: recorded in `schema_migrations`, idempotent, and safe when several app
/// instances start at once. Each test works in its own new schema.
@Suite(.enabled(if: PostgresTestDatabase.isConfigured, PostgresTestDatabase.skipReason))
struct PostgresMigrationTests {
    @Test func migrationsAreRecordedAndIdempotent() async throws {
        try await PostgresTestDatabase.withFreshSchema { url in
            try await PostgresTestDatabase.withStore(url: url, migrate: false) { store in
                #expect(try await store.appliedMigrations().isEmpty)
                #expect(try await store.schemaVersion() == 0)

                try await store.migrate()
                #expect(try await store.appliedMigrations() == PostgresStore.migrationIdentifiers)

                // Again, as every app start does: nothing changes, nothing fails.
                try await store.migrate()
                #expect(try await store.appliedMigrations() == PostgresStore.migrationIdentifiers)
                #expect(try await store.schemaVersion() == PostgresMigrations.all.count)
                #expect(try await store.hasTrainers() == false)

                // The schema is usable: the trainer checks run against it.
                for check in StoreConformance.trainerChecks { try await check.run(store) }
            }
        }
    }

    @Test func concurrentMigratorsApplyEachStepOnce() async throws {
        try await PostgresTestDatabase.withFreshSchema { url in
            // Separate stores, so separate pools and connections, like app instances starting together.
            let stores = try (0..<4).map { _ in try PostgresStore(url: url, maximumConnections: 1) }
            do {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for store in stores {
                        group.addTask { try await store.migrate() }
                    }
                    try await group.waitForAll()
                }
                for store in stores {
                    #expect(try await store.appliedMigrations() == PostgresStore.migrationIdentifiers)
                }
            } catch {
                for store in stores { try? await store.close() }
                throw error
            }
            for store in stores { try await store.close() }
        }
    }

    @Test(arguments: PostgresStore.migrationIdentifiers)
    func migrateDownGivesThatStepsSchemaKeepsTheDataAndUpgradesAgain(_ identifier: String) async throws {
        let (olderSchema, latestSchema) = try await PostgresTestDatabase.withFreshSchema { url in
            try await PostgresTestDatabase.withStore(url: url, migrate: false) { store in
                try await store.migrate(upTo: identifier)
                let older = try await Self.schema(store)
                try await store.migrate()
                return (older, try await Self.schema(store))
            }
        }
        #expect(olderSchema != latestSchema || identifier == PostgresStore.migrationIdentifiers.last)
        try await PostgresTestDatabase.withFreshSchema { url in
            try await PostgresTestDatabase.withStore(url: url, migrate: true) { store in
                let trainer = try await StoreConformance.newTrainer(in: store)
                let client = try await StoreConformance.newClient(in: store, trainerID: trainer.id)
                try await store.migrate(downTo: identifier)
                #expect(try await store.appliedMigrations().last == identifier)
                #expect(try await Self.schema(store) == olderSchema)
                #expect(try await store.client(id: client.id, trainerID: trainer.id).ms == client.ms)

                try await store.migrate()
                #expect(try await store.appliedMigrations() == PostgresStore.migrationIdentifiers)
                #expect(try await Self.schema(store) == latestSchema)
                await #expect(throws: StoreError.self) { try await store.migrate(downTo: "999_unknown") }
            }
        }
    }

    /// The current schema's columns and indexes, one line each, to compare two databases' schemas.
    static func schema(_ store: PostgresStore) async throws -> [String] {
        let columns = try await store.fetch(
            """
            SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
            FROM information_schema.columns WHERE table_schema = current_schema()
            """
        ).map { try $0.decode(String.self) }
        let indexes = try await store.fetch(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        ).map { try $0.decode(String.self) }
        // Index definitions name their schema, which differs from one fresh schema to the next.
        return
            (columns
            + indexes.map { $0.replacingOccurrences(of: #"ON \S+\."#, with: "ON ", options: .regularExpression) })
            .sorted()
    }

    // Pruning forgets every key's old attempts, so its count is checked in a schema of its own.
    @Test func pruningRateLimitAttemptsReportsHowManyItForgot() async throws {
        try await PostgresTestDatabase.withFreshSchema { url in
            try await PostgresTestDatabase.withStore(url: url) { store in
                try await StoreConformance.rateLimitPruningCount(store)
            }
        }
    }

    @Test func migrateUpToStopsThereAndRejectsUnknownSteps() async throws {
        try await PostgresTestDatabase.withFreshSchema { url in
            try await PostgresTestDatabase.withStore(url: url, migrate: false) { store in
                let first = try #require(PostgresStore.migrationIdentifiers.first)
                try await store.migrate(upTo: first)
                #expect(try await store.appliedMigrations() == [first])

                await #expect(throws: StoreError.self) { try await store.migrate(upTo: "999_unknown") }
                try await store.migrate()
                #expect(try await store.appliedMigrations() == PostgresStore.migrationIdentifiers)
            }
        }
    }
}
