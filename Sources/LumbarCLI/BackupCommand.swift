import ArgumentParser
import Foundation
import LumbarPostgres
import LumbarSQLite
import LumbarWeb

struct BackupCommand: AsyncConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the whole database to a file, consistently, while the server keeps running.",
        discussion: """
            SQLite: one snapshot through SQLite's online backup API, the write-ahead log included (a plain \
            copy of lumbar.sqlite can miss recent writes, or everything); the result is a single SQLite file \
            that lumbar restore reads. PostgreSQL: runs pg_dump --format=custom (from Debian's \
            postgresql-client); restore that with pg_restore. Exit codes: 0 done, 1 the backup failed, 2 bad \
            input.
            """)

    @Option(help: ArgumentHelp("sqlite://PATH or postgres://… (default ./lumbar.sqlite).", valueName: "URL"))
    var database: String?
    @Option(help: ArgumentHelp("The backup file to write (replaced when it exists).", valueName: "FILE"))
    var to: String

    func execute(_ console: Console) async throws(CommandFailure) -> Int32 {
        let config = try resolveConfig(database: database)
        switch config.database {
        case .sqlite(let path) where path == ":memory:":
            throw .badInput(["--database: an in-memory database has nothing to back up"])
        case .sqlite(let path):
            guard FileManager.default.fileExists(atPath: path) else {
                throw .badInput(["--database: \(path) does not exist"])
            }
            let store: SQLiteStore
            do {
                store = try SQLiteStore(path: path)
            } catch {
                throw .internalError("cannot open \(path): \(error)")
            }
            do {
                let bytes = try await store.backup(toPath: to)
                let contents = try SQLiteStore.backupContents(atPath: to)
                try await store.close()
                console.print(
                    "Backed up \(path) to \(to): \(contents.trainers) trainers, \(contents.sessions) sessions, "
                        + "\(bytes) bytes.")
            } catch {
                try? await store.close()
                throw .internalError("backing up \(path) failed: \(error)")
            }
        case .postgres(let url):
            try PostgresDump.run(url: url, to: to)
            console.print(
                "Backed up the PostgreSQL database to \(to) (pg_dump custom format; restore with pg_restore).")
        }
        return LumbarExit.success
    }
}

/// `pg_dump` for a PostgreSQL backup: the tool that knows every detail of the server's format.
enum PostgresDump {
    /// Where Debian installs `pg_dump` besides the PATH (postgresql-client-NN keeps it per version).
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidates = path.split(separator: ":").map { "\($0)/pg_dump" }
        let versioned =
            ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []).sorted().reversed()
            .map { "/usr/lib/postgresql/\($0)/bin/pg_dump" }
        return (candidates + versioned).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(url: String, to file: String) throws(CommandFailure) {
        guard let pgDump = executable() else {
            throw .internalError(
                "pg_dump is not installed: install Debian's postgresql-client (apt-get install postgresql-client), "
                    + "matching the server's major version or newer, and run lumbar backup again")
        }
        let connection: [String: String]
        do {
            connection = try PostgresTools.libpqEnvironment(url: url)
        } catch {
            throw .badInput(["--database: \(error)"])
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pgDump)
        // The connection goes in libpq's environment, not the argument list, which any local user can read.
        process.environment = ProcessInfo.processInfo.environment.merging(connection) { $1 }
        process.arguments = ["--format=custom", "--no-password", "--file=\(file)"]
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .internalError("cannot run \(pgDump): \(error)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw .internalError(
                "pg_dump failed (exit \(process.terminationStatus)): \(message.trimmingCharacters(in: .whitespacesAndNewlines))"
            )
        }
    }
}
