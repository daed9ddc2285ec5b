/// One numbered schema step, applied once and recorded in `schema_migrations`.
struct PostgresMigration: Sendable {
    let version: Int
    let name: String
    /// Run in order, in one transaction with the record of the step.
    let statements: [String]
    /// Undo the step, run in order by `migrate(downTo:)`; nil for the first step, whose undoing
    /// would leave an empty database.
    var down: [String]? = nil

    /// `001_initial`: the same identifier the SQLite backend gives the same step.
    var identifier: String {
        let digits = String(version)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits + "_" + name
    }
}

/// The ordered list of schema migrations, each applied in its own transaction and recorded in the
/// `schema_migrations` table.
///
/// A released migration is never edited, only followed by a new one. To add one, write
/// `MigrationNNNName.swift` beside this file with its `version`, `name`, `statements` and the `down`
/// statements that undo it, append it to `all`, and mirror the step in the SQLite backend's list
/// with the same identifier.
enum PostgresMigrations {
    /// Every migration, oldest first; versions count up from 1 without gaps.
    static let all: [PostgresMigration] = [
        PostgresMigration(
            version: Migration001Initial.version, name: Migration001Initial.name,
            statements: Migration001Initial.statements),
        PostgresMigration(
            version: Migration002SessionLogOrder.version, name: Migration002SessionLogOrder.name,
            statements: Migration002SessionLogOrder.statements, down: Migration002SessionLogOrder.down),
        PostgresMigration(
            version: Migration003DashboardSummaries.version, name: Migration003DashboardSummaries.name,
            statements: Migration003DashboardSummaries.statements, down: Migration003DashboardSummaries.down),
        PostgresMigration(
            version: Migration004SessionHistory.version, name: Migration004SessionHistory.name,
            statements: Migration004SessionHistory.statements, down: Migration004SessionHistory.down),
        PostgresMigration(
            version: Migration005Hardening.version, name: Migration005Hardening.name,
            statements: Migration005Hardening.statements, down: Migration005Hardening.down),
        PostgresMigration(
            version: Migration006DataOwnership.version, name: Migration006DataOwnership.name,
            statements: Migration006DataOwnership.statements, down: Migration006DataOwnership.down),
    ]

    /// Where applied migrations are recorded; created by the first `migrate()`.
    static let createTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER     NOT NULL PRIMARY KEY,
            name       TEXT        NOT NULL,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )
        """

    /// The advisory-lock key ("LUMBAR" in ASCII) that makes concurrent migrators take turns.
    static let lockKey: Int64 = 83_929_252_118_866
}
