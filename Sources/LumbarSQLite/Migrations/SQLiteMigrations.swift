import GRDB

/// The ordered list of schema migrations, applied by GRDB's `DatabaseMigrator`, which records
/// each applied identifier in its `grdb_migrations` table.
///
/// A released migration is never edited, only followed by a new one. To add one, write
/// `MigrationNNNName.swift` beside this file with an `identifier`, its `sql` and the `down` SQL that
/// undoes it, append it to `all`, and mirror the step in the PostgreSQL backend's numbered list.
///
/// GRDB itself only goes forward; `SQLiteStore.migrate(downTo:)` runs the `down` steps and removes
/// their identifiers from `grdb_migrations`, so the migrator applies them again on the next start.
enum SQLiteMigrations {
    /// Every migration, oldest first: identifier, SQL, and the SQL that undoes it (nil for the
    /// first: undoing it would empty the database, which deleting the file does better).
    static let all: [(identifier: String, sql: String, down: String?)] = [
        (Migration001Initial.identifier, Migration001Initial.sql, nil),
        (Migration002SessionLogOrder.identifier, Migration002SessionLogOrder.sql, Migration002SessionLogOrder.down),
        (
            Migration003DashboardSummaries.identifier, Migration003DashboardSummaries.sql,
            Migration003DashboardSummaries.down
        ),
        (Migration004SessionHistory.identifier, Migration004SessionHistory.sql, Migration004SessionHistory.down),
        (Migration005Hardening.identifier, Migration005Hardening.sql, Migration005Hardening.down),
        (Migration006DataOwnership.identifier, Migration006DataOwnership.sql, Migration006DataOwnership.down),
    ]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in all {
            let sql = migration.sql
            migrator.registerMigration(migration.identifier) { db in
                try db.execute(sql: sql)
            }
        }
        return migrator
    }
}
