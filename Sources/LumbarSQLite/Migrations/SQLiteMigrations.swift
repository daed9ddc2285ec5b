import GRDB

/// The ordered list of schema migrations, applied by GRDB's `DatabaseMigrator`, which records
/// each applied identifier in its `grdb_migrations` table.
///
/// Migrations only go forward: GRDB has no down-migrations, and a released migration is never
/// edited, only followed by a new one. To add one, write `MigrationNNNName.swift` beside this
/// file with an `identifier` and its `sql`, append it to `all`, and mirror the step in the
/// PostgreSQL backend's numbered list.
enum SQLiteMigrations {
    /// Every migration, oldest first: identifier and SQL.
    static let all: [(identifier: String, sql: String)] = [
        (Migration001Initial.identifier, Migration001Initial.sql),
        (Migration002SessionLogOrder.identifier, Migration002SessionLogOrder.sql),
        (Migration003DashboardSummaries.identifier, Migration003DashboardSummaries.sql),
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
