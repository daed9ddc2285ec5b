import Foundation
import Hummingbird
import Logging
import LumbarCore
import LumbarStore
import ServiceLifecycle

/// The web app over `store`: used by `lumbar serve` and, in-process, by the tests. `now` is the
/// clock every route reads, so tests can move time (token and share-link expiry, rate windows);
/// `logger` replaces the one made from `config.logLevel` (tests capture what is logged).
/// `services` run in the app's service group, started before the server and stopped after it;
/// `beforeServerStarts` runs once they run and before the server takes a request.
public func buildApplication(
    config: AppConfig, store: any LumbarStore, now: @escaping @Sendable () -> Date = Date.init,
    logger: Logger? = nil, services: [any Service] = [],
    beforeServerStarts: (@Sendable () async throws -> Void)? = nil
) -> some ApplicationProtocol {
    let logger = logger ?? makeLogger(config)
    let router = buildRouter(config: config, store: store, now: now, logger: logger)
    let database = config.database.description
    var app = Application(
        router: router,
        server: .http1(
            configuration: .init(
                additionalChannelHandlers: [CloseAfterResponseHandler()],
                // An idle connection, or one whose request head has not arrived, is closed after
                // the request timeout; a slow body is timed by `BodyLimitMiddleware`.
                idleTimeout: .milliseconds(Int64(config.requestTimeout * 1_000)))),
        configuration: ApplicationConfiguration(address: .hostname(config.host, port: config.port)),
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? config.port
            logger.notice("Lumbar is listening on http://\(config.host):\(port) (database: \(database))")
        },
        logger: logger)
    app.addServices(services)
    if let beforeServerStarts { app.beforeServerStarts(perform: beforeServerStarts) }
    return app
}

/// Every route of the API and the web pages behind their middleware; `buildApplication` serves it, and tests read
/// its route list to check that the OpenAPI document describes each one.
public func buildRouter(
    config: AppConfig, store: any LumbarStore, now: @escaping @Sendable () -> Date = Date.init,
    logger: Logger? = nil
) -> Router<LumbarRequestContext> {
    let logger = logger ?? makeLogger(config)
    let app = AppServices(
        config: config, store: store, now: now, catalog: bundledCatalog(), routines: bundledRoutines(),
        logger: logger)

    let pages = WebPages(app: app, assets: .bundled())

    let router = Router(context: LumbarRequestContext.self)
    let routes = RouteTable()
    // Outermost first: the log line sees the final status, errors become JSON (or an HTML page
    // outside the API), then the body limit.
    router.add(middleware: ClientAddressMiddleware(trusted: config.trustedProxies))
    router.add(middleware: RequestLogMiddleware(logger: logger))
    router.add(middleware: ErrorMiddleware(logger: logger, routes: routes, errorPage: pages.errorPage))
    router.add(middleware: BodyLimitMiddleware(limit: config.maxBodyBytes, timeout: config.requestTimeout))

    HealthRoutes(app: app).add(to: router)
    OpenAPIRoutes().add(to: router)

    let api = router.group("api/v1")
    AuthRoutes(app: app).addPublic(to: api)
    CatalogRoutes(app: app).add(to: api)
    ShareRoutes(app: app).add(to: api)

    let auth = AuthMiddleware(store: store, now: now, sources: [.bearer, .cookie])
    ProgramRoutes(app: app).addSigningIn(to: api, auth: auth)
    let signedIn = api.group().add(middleware: auth)
    AuthRoutes(app: app).addSignedIn(to: signedIn)
    ClientRoutes(app: app).add(to: signedIn)
    AssessmentRoutes(app: app).add(to: signedIn)
    ProgramRoutes(app: app).add(to: signedIn)
    SessionRoutes(app: app).add(to: signedIn)
    ProgressionRoutes(app: app).add(to: signedIn)
    ShareLinkRoutes(app: app).add(to: signedIn)
    DataOwnershipRoutes(app: app).add(to: signedIn)

    pages.assets.add(to: router)
    AuthPages(pages: pages).add(to: router)
    PasswordResetPages(pages: pages).add(to: router)
    CatalogPages(pages: pages).add(to: router)
    // Public like the share API: the token in the path is the credential.
    SharePages(pages: pages).add(to: router)
    let signedInPages = router.group().add(middleware: PageAuthMiddleware(store: store, now: now))
    DashboardPages(pages: pages).add(to: signedInPages)
    ClientPages(pages: pages).add(to: signedInPages)
    AssessmentPages(pages: pages).add(to: signedInPages)
    ProgramPages(pages: pages).add(to: signedInPages)
    SessionPages(pages: pages).add(to: signedInPages)
    ClientDataPages(pages: pages).add(to: signedInPages)
    AccountPages(pages: pages).add(to: signedInPages)
    routes.record(router.routes)
    return router
}

func makeLogger(_ config: AppConfig) -> Logger {
    var logger = Logger(label: "lumbar")
    logger.logLevel = config.logLevel
    return logger
}

/// The catalog and routines ship inside the binary and are checked by the core tests; failing to
/// load them is a broken build, not something a request can cause.
private func bundledCatalog() -> Catalog {
    do { return try Catalog.bundled() } catch { fatalError("the bundled exercise catalog is invalid: \(error)") }
}

private func bundledRoutines() -> [Routine] {
    do { return try Routines.bundled() } catch { fatalError("the bundled routines are invalid: \(error)") }
}
