import Foundation
import Logging
import LumbarPostgres
import LumbarSQLite
import LumbarStore
import LumbarWeb
import ServiceLifecycle

/// Opens the store a `DatabaseLocation` names: the only place that knows the concrete backends.
/// Public for the benchmark executables.
public enum StoreFactory {
    /// The store for `location`, not yet migrated. A SQLite file is created when missing.
    public static func open(_ location: DatabaseLocation, logger: Logger) throws -> any LumbarStore {
        switch location {
        case .sqlite(let path) where path == ":memory:":
            return try SQLiteStore.inMemory()
        case .sqlite(let path):
            return try SQLiteStore(path: path)
        case .postgres(let url):
            return try PostgresStore(url: url, logger: logger)
        }
    }

    /// The store `lumbar serve` runs on, and the services the app's service group must run for it
    /// (PostgreSQL's connection pool; none for SQLite).
    public static func openForServing(_ location: DatabaseLocation, logger: Logger) throws -> (
        store: any LumbarStore, services: [any Service]
    ) {
        guard case .postgres(let url) = location else { return (try open(location, logger: logger), []) }
        let store = try PostgresStore(url: url, logger: logger, runsPool: false)
        return (store, store.services)
    }
}
