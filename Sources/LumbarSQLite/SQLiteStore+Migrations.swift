import GRDB
import LumbarStore

// GRDB migrates only forward, so there is no "migrate down". What the store offers instead is
// what an upgrade needs to be checked: the identifiers it knows, the ones a database has applied,
// and a way to stop part-way (`migrate(upTo:)`), so a test can build a database as an older
// release left it and then upgrade it. Going back means restoring a backup taken before upgrading.
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
