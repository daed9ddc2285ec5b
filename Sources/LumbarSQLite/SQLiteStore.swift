import Foundation
import GRDB
import LumbarStore

/// The embedded `LumbarStore`: one SQLite file through GRDB, or an in-memory database for tests.
///
/// A file opens as a `DatabasePool`: WAL journal, many concurrent readers beside one writer, and
/// GRDB's `synchronous=NORMAL`, which keeps every committed write through a process crash (only a
/// power loss may drop the last commits). Foreign keys are on for every connection.
public final class SQLiteStore: LumbarStore, Sendable {
    let writer: any DatabaseWriter
    /// Connections for reads on the caller's thread (a file only; see `InlineReaders`).
    let inlineReaders: InlineReaders?

    /// Opens (creating if needed) the database file at `path`; call `migrate()` before use.
    public convenience init(path: String) throws {
        do {
            let configuration = Self.configuration(label: "lumbar")
            let pool = try DatabasePool(path: path, configuration: configuration)
            // One per thread of Swift's cooperative pool, which runs the requests, and one more.
            let inline = try InlineReaders(
                path: path, count: ProcessInfo.processInfo.activeProcessorCount + 1, configuration: configuration)
            self.init(writer: pool, inlineReaders: inline)
        } catch {
            throw Self.storeError(error, operation: "open database")
        }
    }

    /// A private in-memory database, gone when the store is released; call `migrate()` before use.
    public static func inMemory() throws -> SQLiteStore {
        do {
            return SQLiteStore(writer: try DatabaseQueue(configuration: configuration(label: "lumbar-memory")))
        } catch {
            throw storeError(error, operation: "open in-memory database")
        }
    }

    init(writer: any DatabaseWriter, inlineReaders: InlineReaders? = nil) {
        self.writer = writer
        self.inlineReaders = inlineReaders
    }

    static func configuration(label: String) -> Configuration {
        var configuration = Configuration()
        configuration.label = label
        configuration.foreignKeysEnabled = true
        // Another process (`lumbar migrate` beside a running server) may hold the write lock briefly.
        configuration.busyMode = .timeout(5)
        return configuration
    }

    public func migrate() async throws {
        let migrator = SQLiteMigrations.migrator
        do {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                migrator.asyncMigrate(writer) { result in continuation.resume(with: result.map { _ in () }) }
            }
        } catch {
            throw Self.storeError(error, operation: "migrate")
        }
    }

    public func ping() async throws {
        _ = try await read("ping") { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    public func close() async throws {
        do {
            try inlineReaders?.close()
            // Move the WAL into the main file, so the file alone holds every committed write after a
            // clean stop (a plain copy of it once held no tables). Best effort: a reader of another
            // process can keep the WAL busy, and the next open reads it anyway.
            if let pool = writer as? DatabasePool {
                _ = try? await pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            }
            try writer.close()
        } catch {
            throw Self.storeError(error, operation: "close")
        }
    }

    /// Runs `body` in a read transaction, mapping failures to `StoreError`.
    func read<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.read(body)
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }

    /// Runs `body` in one write transaction, rolled back as a whole when it throws.
    func write<T: Sendable>(
        _ operation: String, conflict: String, _ body: @escaping @Sendable (Database) throws -> T
    ) async throws -> T {
        do {
            return try await writer.write(body)
        } catch {
            throw Self.storeError(error, operation: operation, conflict: conflict)
        }
    }

    /// Maps a failure to `StoreError`: unique violations are conflicts, store errors pass through,
    /// and the rest becomes `unavailable` with SQLite's own message, which names no values.
    static func storeError(_ error: any Error, operation: String, conflict: String = "already exists") -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            switch error.extendedResultCode {
            case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
                return .conflict(conflict)
            default:
                return .unavailable(
                    "\(operation) failed: \(error.message ?? "SQLite error \(error.resultCode.rawValue)")")
            }
        }
        return .unavailable("\(operation) failed: \(type(of: error))")
    }
}
