import ArgumentParser
import Foundation
import LumbarSQLite
import LumbarWeb

struct RestoreCommand: AsyncConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Make a SQLite database a copy of a backup that lumbar backup wrote.",
        discussion: """
            Stop the server first: the database file is replaced. A database that already holds trainers is \
            replaced only with --force. The restored schema is upgraded to this release. For PostgreSQL, \
            restore the pg_dump file with pg_restore (see README). Exit codes: 0 done, 1 the restore failed, \
            2 bad input.
            """)

    @Option(help: ArgumentHelp("sqlite://PATH (default ./lumbar.sqlite).", valueName: "URL"))
    var database: String?
    @Option(help: ArgumentHelp("The backup file lumbar backup wrote.", valueName: "FILE"))
    var from: String
    @Flag(help: "Replace a database that already holds trainers.") var force = false

    func execute(_ console: Console) async throws(CommandFailure) -> Int32 {
        let config = try resolveConfig(database: database)
        guard case .sqlite(let path) = config.database, path != ":memory:" else {
            throw .badInput([
                "--database: lumbar restore writes SQLite files; restore a PostgreSQL backup with "
                    + "pg_restore --clean --if-exists --dbname=… FILE"
            ])
        }
        let contents: (trainers: Int, sessions: Int)
        do {
            contents = try SQLiteStore.backupContents(atPath: from)
        } catch {
            throw .badInput(["--from: \(error)"])
        }
        if !force, FileManager.default.fileExists(atPath: path) {
            let existing: Int
            do {
                existing = try SQLiteStore.backupContents(atPath: path).trainers
            } catch {
                throw .badInput(["--database: \(path) exists and is not a Lumbar database; move it away first"])
            }
            if existing > 0 {
                throw .badInput([
                    "--database: \(path) already holds \(existing) trainer(s); add --force to replace it with the backup"
                ])
            }
        }
        do {
            try await SQLiteStore.restore(fromPath: from, toPath: path)
        } catch {
            throw .internalError("restoring \(from) into \(path) failed: \(error)")
        }
        console.print(
            "Restored \(path) from \(from): \(contents.trainers) trainers, \(contents.sessions) sessions.")
        return LumbarExit.success
    }
}
