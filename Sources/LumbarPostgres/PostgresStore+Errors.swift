import Foundation
import LumbarStore
import PostgresNIO

// Failures become `StoreError`s with the same words the SQLite backend uses (the same operation
// names and conflict messages), so the API answers alike whichever database is behind it.
extension PostgresStore {
    /// Runs `body`, turning a failure of `operation` into a `StoreError`.
    @discardableResult
    func withStoreErrors<T>(
        _ operation: String, conflict: String = "already exists", _ body: () async throws -> T
    ) async throws -> T {
        do {
            return try await body()
        } catch {
            throw Self.storeError(error, operation: operation, conflict: conflict)
        }
    }

    /// Maps a failure to `StoreError`: unique violations are conflicts, a missing row a foreign key
    /// points at is "not found", store errors and cancellation pass through, and the rest becomes
    /// `unavailable` with PostgreSQL's own message, which names no values and no password.
    static func storeError(_ error: any Error, operation: String, conflict: String = "already exists") -> any Error {
        switch error {
        case let error as StoreError:
            return error
        case is CancellationError:
            return error
        case let error as PostgresTransactionError:
            // The closure's error is the cause; the rollback that followed it is not news.
            guard let cause = error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError
            else { return StoreError.unavailable("\(operation) failed: transaction error") }
            return storeError(cause, operation: operation, conflict: conflict)
        case let error as PSQLError:
            return storeError(error, operation: operation, conflict: conflict)
        default:
            return StoreError.unavailable("\(operation) failed: \(type(of: error))")
        }
    }

    private static func storeError(_ error: PSQLError, operation: String, conflict: String) -> StoreError {
        guard error.code == .server, let info = error.serverInfo else {
            // `PSQLError.description` is deliberately generic; its code names the failure (such as
            // `connectionError`) without any connection details.
            return .unavailable("\(operation) failed: database \(error.code)")
        }
        switch info[.sqlState] {
        case "23505":
            return .conflict(conflict)
        case "23503":
            // A row this write points at is missing: to the API, that is the same as not finding it.
            return .notFound
        case let state:
            // The server's message names the problem; its detail may quote row values, so it stays out.
            return .unavailable("\(operation) failed: \(info[.message] ?? "database error") (\(state ?? "?"))")
        }
    }
}
