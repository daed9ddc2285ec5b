import Foundation
import GRDB
import Synchronization

/// A few read-only connections to the database file for single-statement reads run on the
/// caller's own thread, for the API's most frequent read.
///
/// An asynchronous read through GRDB's `DatabasePool` hops from the caller to the pool's waiting
/// queue, then to a reader's queue, then back: three thread switches around a statement that
/// takes microseconds, and `perf` showed them as much of a request's time as SQLite itself.
///
/// A read here never waits, so it is safe on Swift's cooperative threads (two on this machine,
/// which must not block): it takes a free connection with a compare-and-swap or, when every one
/// is in use, returns nil, and the caller reads through the pool. It does not wait out
/// `SQLITE_BUSY` either (in WAL mode only a crash recovery or another process's exclusive lock
/// causes it): nil again. Blocking on the pool's own readers instead could deadlock, because an
/// asynchronous read gives its reader back only once a cooperative thread runs it again.
final class InlineReaders: Sendable {
    private final class Slot: Sendable {
        let connection: DatabaseQueue
        let inUse = Atomic<Bool>(false)

        init(_ connection: DatabaseQueue) {
            self.connection = connection
        }
    }

    private let slots: [Slot]

    /// Opens `count` read-only connections to the WAL database at `path`, which must exist.
    init(path: String, count: Int, configuration: Configuration) throws {
        var configuration = configuration
        configuration.readonly = true
        configuration.busyMode = .immediateError
        configuration.label = (configuration.label ?? "lumbar") + ".inline"
        slots = try (0..<count).map { _ in Slot(try DatabaseQueue(path: path, configuration: configuration)) }
    }

    /// `body`'s result on a free connection, outside any explicit transaction (so `body` must run
    /// one statement, which SQLite reads from one snapshot); nil when no connection is free or the
    /// database is busy, and nothing was read.
    func read<T>(_ body: (Database) throws -> T) throws -> T? {
        for slot in slots
        where slot.inUse.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {
            defer { slot.inUse.store(false, ordering: .releasing) }
            do {
                return try slot.connection.unsafeRead(body)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                return nil
            }
        }
        return nil
    }

    func close() throws {
        for slot in slots { try slot.connection.close() }
    }
}
