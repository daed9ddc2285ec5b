import Foundation
import Logging
import LumbarApp
import LumbarCore
import LumbarStore

/// What every route needs, built once by `buildApplication` and shared by all requests.
struct AppServices: Sendable {
    let config: AppConfig
    let store: any LumbarStore
    let now: @Sendable () -> Date
    let catalog: Catalog
    let routines: [Routine]
    let passwords: PasswordHasher
    let limiter: RateLimiter
    let logger: Logger

    /// The body limit every route reads with.
    var bodyLimit: Int { config.maxBodyBytes }

    /// The use cases of `LumbarApp`, over the same store, catalog, clock and log.
    var context: AppContext { AppContext(store: store, catalog: catalog, now: now, logger: logger) }
    var clients: ClientService { context.clients }
    var assessments: AssessmentService { context.assessments }
    var programs: ProgramService { context.programs }
    var sessions: SessionService { context.sessions }
    var progression: ProgressionService { context.progression }
}
