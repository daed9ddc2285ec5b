import ArgumentParser
import Foundation
import Logging
import LumbarApp
import LumbarStore
import LumbarWeb
import ServiceLifecycle

struct ServeCommand: AsyncConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app and JSON API until SIGINT or SIGTERM.",
        discussion: """
            Without --database or DATABASE_URL it uses the SQLite file ./lumbar.sqlite, created and migrated \
            on first start; postgres://… selects PostgreSQL. LUMBAR_HOST, LUMBAR_PORT, LUMBAR_TIMER_SCALE, \
            LUMBAR_SECURE_COOKIES, LUMBAR_PUBLIC_URL, LUMBAR_TRUSTED_PROXIES, LUMBAR_REQUEST_TIMEOUT, \
            LUMBAR_DATABASE_WAIT and LOG_LEVEL are read from the environment when the flags are not given. Exit codes: 0 clean shutdown, 1 the database \
            failed, 2 bad input.
            """)

    @Option(help: ArgumentHelp("The address to bind (default 127.0.0.1).", valueName: "HOST")) var host: String?
    @Option(help: ArgumentHelp("The port to bind (default 8080).", valueName: "PORT")) var port: Int?
    @Option(help: ArgumentHelp("sqlite://PATH or postgres://… (default ./lumbar.sqlite).", valueName: "URL"))
    var database: String?
    @Option(
        help: ArgumentHelp(
            "Multiplies the session player's timers (default 1; e.g. 0.02 in browser tests).", valueName: "FACTOR"))
    var timerScale: Double?
    @Flag(help: "Mark the sign-in cookies Secure (HTTPS only): for Lumbar served behind HTTPS.")
    var secureCookies = false
    @Option(
        help: ArgumentHelp(
            "The address people reach Lumbar at (e.g. https://lumbar.example.com); share links are built from it.",
            valueName: "URL"))
    var publicURL: String?
    @Option(
        help: ArgumentHelp(
            "A reverse proxy whose X-Forwarded-For/Forwarded headers are believed (repeat for several).",
            valueName: "ADDRESS"))
    var trustedProxy: [String] = []
    @Option(
        help: ArgumentHelp(
            "Seconds an idle connection, a request head or a request body may take before it is closed (default 30).",
            valueName: "SECONDS"))
    var requestTimeout: Double?

    @Flag(help: "First add the demo trainer and clients (see lumbar demo), when the database has no trainer yet.")
    var demo = false

    func execute(_ console: Console) async throws(CommandFailure) -> Int32 {
        let config: AppConfig
        do {
            config = try AppConfig.resolve(
                host: host, port: port, databaseURL: database, timerScale: timerScale,
                secureCookies: secureCookies ? true : nil, publicURL: publicURL, trustedProxies: trustedProxy,
                requestTimeout: requestTimeout)
        } catch {
            throw .badInput([error.description])
        }
        let logger = commandLogger(config)
        let (store, services) = try openStoreForServing(config, logger: logger)
        let demo = self.demo
        do {
            try await serve(config: config, store: store, logger: logger, services: services) {
                if demo { try await addDemo(to: store, config: config, logger: logger) }
            }
        } catch {
            try? await store.close()
            throw .internalError("the server stopped: \(error)")
        }
        try? await store.close()
        logger.notice("Lumbar stopped")
        return LumbarExit.success
    }
}

/// Adds the demo data before serving, but only to a database without trainers: demo clients must
/// never mix with real ones. Returns what it added, nil when it added nothing.
@discardableResult
func addDemo(to store: any LumbarStore, config: AppConfig, logger: Logger, now: Date = Date()) async throws
    -> DemoData.Report?
{
    try await store.migrate()
    guard try await !store.hasTrainers() else {
        logger.notice("--demo: the database already has trainers, so no demo data was added")
        return nil
    }
    let report = try await DemoData.seed(into: store, now: now, bcryptCost: config.bcryptCost)
    logger.notice("--demo: added the demo trainer and \(report.clients.count) clients")
    for line in demoSummary(report, config: config) { logger.notice("\(line)") }
    return report
}

/// The configuration from flags and environment, or exit 2 naming the bad value.
func resolveConfig(
    host: String? = nil, port: Int? = nil, database: String?, timerScale: Double? = nil, secureCookies: Bool? = nil,
    publicURL: String? = nil
) throws(CommandFailure) -> AppConfig {
    do {
        return try AppConfig.resolve(
            host: host, port: port, databaseURL: database, timerScale: timerScale, secureCookies: secureCookies,
            publicURL: publicURL)
    } catch {
        throw .badInput([error.description])
    }
}

/// The logger of the long-running commands, at the configured level.
func commandLogger(_ config: AppConfig) -> Logger {
    var logger = Logger(label: "lumbar")
    logger.logLevel = config.logLevel
    return logger
}

/// The configured store, or exit 1 when it cannot be opened.
/// `openStore` for `lumbar serve`: the store, and the services its app must run for it.
func openStoreForServing(_ config: AppConfig, logger: Logger) throws(CommandFailure) -> (
    any LumbarStore, [any Service]
) {
    do {
        return try StoreFactory.openForServing(config.database, logger: logger)
    } catch {
        throw .internalError("cannot open the database (\(config.database)): \(error)")
    }
}

func openStore(_ config: AppConfig, logger: Logger) throws(CommandFailure) -> any LumbarStore {
    do {
        return try StoreFactory.open(config.database, logger: logger)
    } catch {
        throw .internalError("cannot open the database (\(config.database)): \(error)")
    }
}
