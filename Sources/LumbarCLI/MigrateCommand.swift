import ArgumentParser
import LumbarWeb

struct MigrateCommand: AsyncConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or upgrade the database schema.",
        discussion: """
            Without --database it uses DATABASE_URL, or else the SQLite file ./lumbar.sqlite. Safe to run \
            again. Exit codes: 0 done, 1 the database failed, 2 bad input.
            """)

    @Option(help: ArgumentHelp("sqlite://PATH or postgres://… (default ./lumbar.sqlite).", valueName: "URL"))
    var database: String?

    func execute(_ console: Console) async throws(CommandFailure) -> Int32 {
        let config = try resolveConfig(database: database)
        let store = try openStore(config, logger: commandLogger(config))
        do {
            try await store.migrate()
            try await store.close()
        } catch {
            try? await store.close()
            throw .internalError("migrating \(config.database) failed: \(error)")
        }
        console.print("Schema of \(config.database) is up to date.")
        return LumbarExit.success
    }
}
