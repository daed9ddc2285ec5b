import Foundation
import Hummingbird
import Logging
import LumbarStore
import ServiceLifecycle

/// Runs the app on `store` until SIGINT or SIGTERM, then returns after a graceful shutdown (open
/// requests finish first). The database must answer within `config.databaseWait` (it may still be
/// starting, as in a container set), else this logs why at error level and throws: a server that
/// retried silently forever looked healthy to whoever started it. The store is then migrated and
/// `prepare` run (the demo data) before the server takes a request; the store is left open: the
/// caller made it and closes it. `services` are the store's own (PostgreSQL's connection pool):
/// they run in the app's service group, so they are running before the database is awaited and
/// stop only after the server has drained.
public func serve(
    config: AppConfig, store: any LumbarStore, logger: Logger? = nil, services: [any Service] = [],
    prepare: @escaping @Sendable () async throws -> Void = {}
) async throws {
    let logger = logger ?? makeLogger(config)
    let database = config.database.description
    let app = buildApplication(config: config, store: store, logger: logger, services: services) {
        try await waitForDatabase(store, within: config.databaseWait, logger: logger, database: database)
        try await store.migrate()
        try await prepare()
    }
    try await app.runService()
}

/// Pings `store` once a second until it answers or `seconds` have passed.
func waitForDatabase(_ store: any LumbarStore, within seconds: TimeInterval, logger: Logger, database: String)
    async throws
{
    let deadline = Date().addingTimeInterval(seconds)
    var attempt = 0
    while true {
        attempt += 1
        do {
            try await store.ping()
            return
        } catch {
            guard Date() < deadline else {
                logger.error(
                    "the database does not answer; giving up",
                    metadata: [
                        "database": .string(database), "waited": .string("\(Int(seconds)) s"),
                        "error": .string(String(describing: error)),
                    ])
                throw DatabaseUnreachable(database: database, seconds: seconds, cause: String(describing: error))
            }
            if attempt == 1 {
                logger.warning(
                    "the database does not answer yet; retrying", metadata: ["database": .string(database)])
            }
            try await Task.sleep(for: .seconds(1))
        }
    }
}

/// `serve` gave up waiting for the database.
public struct DatabaseUnreachable: Error, CustomStringConvertible {
    public let database: String
    public let seconds: TimeInterval
    public let cause: String

    public var description: String {
        "the database \(database) did not answer within \(Int(seconds)) s: \(cause)"
    }
}
