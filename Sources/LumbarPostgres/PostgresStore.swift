import Foundation
import Logging
import LumbarStore
import PostgresNIO
import ServiceLifecycle

/// The scale-out `LumbarStore`: PostgreSQL through PostgresNIO's pooled `PostgresClient`.
///
/// Several app instances can share one database: sessions, share links and rate-limit counters all
/// live in it, and every trainer-owned row is read and written through its trainer's id.
public final class PostgresStore: LumbarStore {
    let client: PostgresClient
    let logger: Logger
    /// Where the store connects, without the password; safe for logs and messages.
    public let location: String
    /// How long `ping()` waits for an answer before reporting the database unavailable.
    let pingTimeout: Duration
    /// Drives the client's connection pool (the client serves no query unless `run()` is running),
    /// when the store runs it itself; nil when a service group runs it (`services`).
    private let runTask: Task<Void, Never>?

    /// Makes a store for `url` (`postgres://user:password@host:port/database[?sslmode=…]`).
    ///
    /// Connections open on demand, so a database that is down shows up at the first query (and in
    /// `ping()`), not here. Throws `StoreError.unavailable` for a URL it cannot use, naming the
    /// problem but never the password.
    ///
    /// With `runsPool` (commands that open, use and close the store) the store runs its connection
    /// pool in a task of its own until `close()`. Without it, the pool is one of `services`, for
    /// the caller's service group to run: `lumbar serve` starts it before the HTTP server and stops
    /// it after the server has drained.
    public convenience init(
        url: String, maximumConnections: Int = 20, pingTimeout: Duration = .seconds(5), logger: Logger? = nil,
        runsPool: Bool = true
    ) throws {
        let settings = try PostgresURL(url)
        self.init(
            settings: settings, maximumConnections: maximumConnections, pingTimeout: pingTimeout, logger: logger,
            runsPool: runsPool)
    }

    init(
        settings: PostgresURL, maximumConnections: Int, pingTimeout: Duration, logger: Logger?, runsPool: Bool = true
    ) {
        var configuration = PostgresClient.Configuration(
            host: settings.host, port: settings.port, username: settings.username, password: settings.password,
            database: settings.database, tls: settings.tls)
        configuration.options.maximumConnections = max(1, maximumConnections)
        configuration.options.connectTimeout = .seconds(5)
        configuration.options.additionalStartupParameters = settings.startupParameters

        var logger = logger ?? Logger(label: "lumbar.postgres")
        logger[metadataKey: "database"] = "\(settings.redacted)"
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        self.location = settings.redacted
        self.pingTimeout = pingTimeout
        guard runsPool else {
            self.runTask = nil
            return
        }
        // An immediate task enters `run()` before `init` returns, so the first query finds the pool
        // running (a plain Task may start later, and PostgresNIO warns about every query before it).
        if #available(macOS 26.0, *) {
            self.runTask = Task.immediate { await client.run() }
        } else {
            self.runTask = Task { await client.run() }
        }
    }

    public func ping() async throws {
        // The pool keeps retrying a database it cannot reach, and holds queries for up to a minute
        // meanwhile; a health check must answer sooner than that.
        let timeout = pingTimeout
        let answered = try await withStoreErrors("ping") {
            try await withThrowingTaskGroup(of: Bool.self) { group in
                group.addTask {
                    try await self.fetch("SELECT 1")
                    return true
                }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return false
                }
                defer { group.cancelAll() }
                return try await group.next() ?? false
            }
        }
        guard answered else {
            throw StoreError.unavailable("ping failed: database at \(location) did not answer within \(timeout)")
        }
    }

    /// The connection pool, for a service group to run, when the store does not run it itself.
    public var services: [any Service] { runTask == nil ? [client] : [] }

    public func close() async throws {
        // Cancelling `run()` closes every pooled connection; waiting for it makes `close()` final.
        // A pool run by a service group stops with the group.
        runTask?.cancel()
        await runTask?.value
    }

    deinit {
        runTask?.cancel()
    }
}
