import ArgumentParser
import LumbarSQLite
import LumbarWeb

struct MigrateCommand: AsyncConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or upgrade the database schema, or take it back to an older step.",
        discussion: """
            Without --database it uses DATABASE_URL, or else the SQLite file ./lumbar.sqlite. Safe to run \
            again. --down-to undoes the steps after the one named, in one transaction, so an older release \
            can run again; what those steps added is lost with them. Exit codes: 0 done, 1 the database \
            failed, 2 bad input.
            """)

    @Option(help: ArgumentHelp("sqlite://PATH or postgres://… (default ./lumbar.sqlite).", valueName: "URL"))
    var database: String?
    @Option(help: ArgumentHelp("Undo the migrations after this one (e.g. 001_initial).", valueName: "MIGRATION"))
    var downTo: String?

    func execute(_ console: Console) async throws(CommandFailure) -> Int32 {
        // Both backends know the same steps under the same identifiers.
        let known = SQLiteStore.migrationIdentifiers
        if let downTo, !known.contains(downTo) {
            throw .badInput([
                "--down-to: \"\(downTo)\" is not a migration of this build (known: \(known.joined(separator: ", ")))"
            ])
        }
        let config = try resolveConfig(database: database)
        let store = try openStore(config, logger: commandLogger(config))
        do {
            if let downTo {
                try await store.migrate(downTo: downTo)
            } else {
                try await store.migrate()
            }
            try await store.close()
        } catch {
            try? await store.close()
            throw .internalError("migrating \(config.database) failed: \(error)")
        }
        if let downTo {
            console.print("Schema of \(config.database) is back at \(downTo).")
        } else {
            console.print("Schema of \(config.database) is up to date.")
        }
        return LumbarExit.success
    }
}
