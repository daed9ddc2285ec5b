import Foundation
import Logging
import LumbarPostgres
import LumbarSQLite
import LumbarStore
import LumbarWeb

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
}
