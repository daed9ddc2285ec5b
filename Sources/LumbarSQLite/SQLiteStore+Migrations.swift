import GRDB
import LumbarStore

// Besides migrating to the latest schema, the store can stop part-way (`migrate(upTo:)`, so a test
// can build a database as an older release left it) and go back (`migrate(downTo:)`, to run an older
// release again after an upgrade). GRDB only goes forward, so going back runs each step's `down` SQL
// and forgets the step in GRDB's own `grdb_migrations` table, all in one transaction.
extension SQLiteStore {
    /// Every migration this build knows, oldest first.
    public static var migrationIdentifiers: [String] { SQLiteMigrations.all.map(\.identifier) }

    /// The migrations applied to this database, oldest first.
    public func appliedMigrations() async throws -> [String] {
        let migrator = SQLiteMigrations.migrator
        return try await read("read applied migrations") { db in try migrator.appliedMigrations(db) }
    }

    /// How many migrations this database has applied; equals `migrationIdentifiers.count` when current.
    public func schemaVersion() async throws -> Int {
        try await appliedMigrations().count
    }

    /// Undoes every applied migration after `identifier`, newest first, in one transaction: the
    /// schema becomes what `migrate(upTo: identifier)` makes. Rows the undone steps added (columns,
    /// tables) are lost with them; the rest of the data stays.
    public func migrate(downTo identifier: String) async throws {
        guard let target = SQLiteMigrations.all.firstIndex(where: { $0.identifier == identifier }) else {
            throw StoreError.unavailable("unknown migration \(identifier)")
        }
        let migrator = SQLiteMigrations.migrator
        try await write("migrate down", conflict: "migration conflict") { db in
            let applied = Set(try migrator.appliedMigrations(db))
            for step in SQLiteMigrations.all[(target + 1)...].reversed() where applied.contains(step.identifier) {
                guard let down = step.down else { throw StoreError.unavailable("\(step.identifier) cannot be undone") }
                try db.execute(sql: down)
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [step.identifier])
            }
        }
    }

    /// Applies the known migrations up to and including `identifier`, as an older release would have.
    public func migrate(upTo identifier: String) async throws {
        guard Self.migrationIdentifiers.contains(identifier) else {
            throw StoreError.unavailable("unknown migration \(identifier)")
        }
        let migrator = SQLiteMigrations.migrator
        let writer = self.writer
        do {
            // GRDB offers no async form of `migrate(_:upTo:)`; a detached task keeps the blocking
            // call off the caller's executor.
            try await Task.detached { try migrator.migrate(writer, upTo: identifier) }.value
        } catch {
            throw Self.storeError(error, operation: "migrate")
        }
    }
}
