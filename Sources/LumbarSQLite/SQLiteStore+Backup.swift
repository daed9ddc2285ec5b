import Foundation
import GRDB
import LumbarStore

// A file copy of a live SQLite database is not a backup: committed writes sit in the -wal file
// until a checkpoint moves them into the main file, so `cp lumbar.sqlite` after a day of use could
// hold no tables at all. These use SQLite's online backup API instead, which copies one consistent
// snapshot, WAL content included, while the server keeps writing.

extension SQLiteStore {
    /// Writes the whole database, as of one moment, to a new single SQLite file at `path` while
    /// others keep writing. The copy is written beside `path` and renamed over it only when
    /// complete, so a failed backup leaves no half-written file. Returns the copy's size in bytes.
    @discardableResult
    public func backup(toPath path: String) async throws -> Int {
        try Self.copy(from: writer, toPath: path)
    }

    /// Copies `source` into a new file at `path` (see `backup(toPath:)`).
    static func copy(from source: any DatabaseReader, toPath path: String) throws -> Int {
        let temporary = path + ".partial-" + UUID().uuidString
        let files = FileManager.default
        do {
            let destination = try DatabaseQueue(path: temporary)
            try source.backup(to: destination)
            try destination.close()
            if files.fileExists(atPath: path) { try files.removeItem(atPath: path) }
            try files.moveItem(atPath: temporary, toPath: path)
            return (try files.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        } catch {
            try? files.removeItem(atPath: temporary)
            throw storeError(error, operation: "back up the database")
        }
    }

    /// What a backup file holds, read without changing it: how many trainers and sessions; throws
    /// `StoreError.unavailable` when it is no SQLite file or no Lumbar database.
    public static func backupContents(atPath path: String) throws -> (trainers: Int, sessions: Int) {
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let source = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? source.close() }
            return try source.read { db in
                guard try db.tableExists("trainers"), try db.tableExists("session_logs") else {
                    throw StoreError.unavailable("\(path) is not a Lumbar database")
                }
                return (
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM trainers") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM session_logs") ?? 0
                )
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.unavailable("\(path) cannot be read as a SQLite database")
        }
    }

    /// Makes the database file at `path` a copy of the backup at `backup`, then upgrades its schema
    /// (a backup may come from an older release). Nothing may have `path` open: stop the server
    /// first. The copy is made beside `path` and renamed over it, and the old `-wal` and `-shm`
    /// files go with it, so the result is exactly the backup.
    public static func restore(fromPath backup: String, toPath path: String) async throws {
        _ = try backupContents(atPath: backup)
        var configuration = Configuration()
        configuration.readonly = true
        let source: DatabaseQueue
        do {
            source = try DatabaseQueue(path: backup, configuration: configuration)
        } catch {
            throw storeError(error, operation: "open the backup")
        }
        defer { try? source.close() }
        let staging = path + ".restoring-" + UUID().uuidString
        _ = try copy(from: source, toPath: staging)
        let files = FileManager.default
        do {
            for suffix in ["-wal", "-shm", ""] where files.fileExists(atPath: path + suffix) {
                try files.removeItem(atPath: path + suffix)
            }
            try files.moveItem(atPath: staging, toPath: path)
        } catch {
            try? files.removeItem(atPath: staging)
            throw storeError(error, operation: "replace the database with the backup")
        }
        let restored = try SQLiteStore(path: path)
        try await restored.migrate()
        try await restored.close()
    }
}
