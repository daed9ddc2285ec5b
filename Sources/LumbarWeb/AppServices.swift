import Foundation
import Logging
import LumbarApp
import LumbarCore
import LumbarStore

/// What every route needs, built once by `buildRouter` and shared by all requests: the
/// configuration, the application layer's context and the bundled workouts.
struct AppServices: Sendable {
    let config: AppConfig
    /// The store, catalog, clock, log and account rules the use cases of `LumbarApp` run over.
    let context: AppContext
    let routines: [Routine]

    init(
        config: AppConfig, store: any LumbarStore, now: @escaping @Sendable () -> Date, catalog: Catalog,
        routines: [Routine], logger: Logger
    ) {
        self.config = config
        self.context = AppContext(
            store: store, catalog: catalog, now: now, logger: logger,
            passwords: PasswordHasher(cost: config.bcryptCost), rateLimits: config.rateLimits,
            tokenLifetime: config.tokenLifetime, shareLinkLifetime: config.shareLinkLifetime)
        self.routines = routines
    }

    var store: any LumbarStore { context.store }
    var catalog: Catalog { context.catalog }
    var now: @Sendable () -> Date { context.now }
    var logger: Logger { context.logger }
    /// The body limit every route reads with.
    var bodyLimit: Int { config.maxBodyBytes }

    var clients: ClientService { context.clients }
    var assessments: AssessmentService { context.assessments }
    var programs: ProgramService { context.programs }
    var sessions: SessionService { context.sessions }
    var progression: ProgressionService { context.progression }
    var shareLinks: ShareLinkService { context.shareLinks }
    var accounts: AccountService { context.accounts }
}
