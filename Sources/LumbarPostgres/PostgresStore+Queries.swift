import Foundation
import LumbarCore
import LumbarStore
import PostgresNIO

extension PostgresStore {
    /// Runs `query` on `connection` (inside a transaction) or on any pooled connection, and reads
    /// every row, so that a failure reported after the first row still surfaces here.
    @discardableResult
    func fetch(_ query: PostgresQuery, on connection: PostgresConnection? = nil) async throws -> [PostgresRow] {
        let rows =
            if let connection {
                try await connection.query(query, logger: logger)
            } else {
                try await client.query(query, logger: logger)
            }
        return try await rows.collect()
    }

    /// Runs one statement of fixed SQL (a migration step), with nothing bound.
    func execute(sql: String, on connection: PostgresConnection? = nil) async throws {
        try await fetch(PostgresQuery(unsafeSQL: sql), on: connection)
    }

    /// Runs `body` in one transaction on one connection: all of its writes commit, or none do, and a
    /// failure of `operation` becomes a `StoreError`.
    @discardableResult
    func transaction<T: Sendable>(
        _ operation: String, conflict: String = "already exists", _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await withStoreErrors(operation, conflict: conflict) {
            try await client.withTransaction(logger: logger) { connection in
                try await body(connection)
            }
        }
    }
}

/// A `YYYY-MM-DD` column as a `CivilDate`; anything else is reported as unreadable, never by value.
func decodeCivilDate(_ text: String) throws -> CivilDate {
    guard let date = CivilDate(text) else { throw StoreError.unavailable("unreadable date in the database") }
    return date
}

/// `raw` as a case of `T`; a value this build does not know is reported by type, never by value.
func decodeEnum<T: RawRepresentable>(_ raw: String, as type: T.Type = T.self) throws -> T where T.RawValue == String {
    guard let value = T(rawValue: raw) else {
        throw StoreError.unavailable("unreadable \(T.self) value in the database")
    }
    return value
}
