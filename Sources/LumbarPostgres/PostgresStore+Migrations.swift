import Foundation
import LumbarStore
import PostgresNIO

// Each migration runs in its own transaction that first takes a transaction-scoped advisory lock, so
// several app instances starting together apply each step exactly once: the others wait for the
// lock, then find the step recorded. `migrate(downTo:)` undoes steps under the same lock.
extension PostgresStore {
    /// Every migration this build knows, oldest first (`001_initial`, …).
    public static var migrationIdentifiers: [String] { PostgresMigrations.all.map(\.identifier) }

    public func migrate() async throws {
        try await migrate(through: PostgresMigrations.all)
    }

    /// Applies the known migrations up to and including `identifier`, as an older release would have.
    public func migrate(upTo identifier: String) async throws {
        guard let index = PostgresMigrations.all.firstIndex(where: { $0.identifier == identifier }) else {
            throw StoreError.unavailable("unknown migration \(identifier)")
        }
        try await migrate(through: Array(PostgresMigrations.all[...index]))
    }

    /// Undoes every applied migration after `identifier`, newest first, in one transaction: the
    /// schema becomes what `migrate(upTo: identifier)` makes. What the undone steps added is lost
    /// with them; the rest of the data stays.
    public func migrate(downTo identifier: String) async throws {
        guard let target = PostgresMigrations.all.firstIndex(where: { $0.identifier == identifier }) else {
            throw StoreError.unavailable("unknown migration \(identifier)")
        }
        let undone = try await transaction("migrate down") { connection in
            try await self.lockMigrations(on: connection)
            try await self.execute(sql: PostgresMigrations.createTable, on: connection)
            var undone: [String] = []
            for step in PostgresMigrations.all[(target + 1)...].reversed() {
                let recorded = try await self.fetch(
                    "SELECT 1 FROM schema_migrations WHERE version = \(step.version)", on: connection)
                guard !recorded.isEmpty else { continue }
                guard let down = step.down else { throw StoreError.unavailable("\(step.identifier) cannot be undone") }
                for statement in down {
                    try await self.execute(sql: statement, on: connection)
                }
                try await self.fetch("DELETE FROM schema_migrations WHERE version = \(step.version)", on: connection)
                undone.append(step.identifier)
            }
            return undone
        }
        for step in undone {
            logger.info("undid database migration", metadata: ["migration": "\(step)"])
        }
    }

    /// The migrations applied to this database, oldest first; empty before the first `migrate()`.
    public func appliedMigrations() async throws -> [String] {
        try await withStoreErrors("read applied migrations") {
            let table = try await fetch("SELECT to_regclass('schema_migrations') IS NOT NULL")
            guard try table.first?.decode(Bool.self) == true else { return [] }
            let rows = try await fetch("SELECT version, name FROM schema_migrations ORDER BY version")
            return try rows.map { row in
                let (version, name) = try row.decode((Int, String).self)
                return PostgresMigration(version: version, name: name, statements: []).identifier
            }
        }
    }

    /// How many migrations this database has applied; equals `migrationIdentifiers.count` when current.
    public func schemaVersion() async throws -> Int {
        try await appliedMigrations().count
    }

    private func migrate(through migrations: [PostgresMigration]) async throws {
        for migration in migrations {
            let applied = try await transaction("migrate") { connection in
                try await self.lockMigrations(on: connection)
                try await self.execute(sql: PostgresMigrations.createTable, on: connection)
                let recorded = try await self.fetch(
                    "SELECT 1 FROM schema_migrations WHERE version = \(migration.version)", on: connection)
                guard recorded.isEmpty else { return false }
                for statement in migration.statements {
                    try await self.execute(sql: statement, on: connection)
                }
                try await self.fetch(
                    "INSERT INTO schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))",
                    on: connection)
                return true
            }
            if applied {
                logger.info("applied database migration", metadata: ["migration": "\(migration.identifier)"])
            }
        }
    }

    private func lockMigrations(on connection: PostgresConnection) async throws {
        try await fetch("SELECT pg_advisory_xact_lock(\(PostgresMigrations.lockKey))", on: connection)
    }
}
