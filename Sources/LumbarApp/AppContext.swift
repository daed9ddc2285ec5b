import Foundation
import Logging
import LumbarCore
import LumbarStore

/// What every use case needs: the store, the catalog, the clock, the log, and the account rules
/// (password hashing, sign-in limits, how long tokens and links live). Built once by the web app
/// (or a tool) and handed to the services, which are small values over it.
public struct AppContext: Sendable {
    public let store: any LumbarStore
    public let catalog: Catalog
    public let now: @Sendable () -> Date
    public let logger: Logger
    public let passwords: PasswordHasher
    public let limiter: RateLimiter
    /// How long a sign-in token (bearer or browser session) stays valid.
    public let tokenLifetime: TimeInterval
    /// How long a share link stays valid when the trainer does not say.
    public let shareLinkLifetime: TimeInterval

    public init(
        store: any LumbarStore, catalog: Catalog, now: @escaping @Sendable () -> Date, logger: Logger,
        passwords: PasswordHasher, rateLimits: RateLimits, tokenLifetime: TimeInterval,
        shareLinkLifetime: TimeInterval
    ) {
        self.store = store
        self.catalog = catalog
        self.now = now
        self.logger = logger
        self.passwords = passwords
        self.limiter = RateLimiter(store: store, limits: rateLimits, now: now)
        self.tokenLifetime = tokenLifetime
        self.shareLinkLifetime = shareLinkLifetime
    }

    public var clients: ClientService { ClientService(context: self) }
    public var assessments: AssessmentService { AssessmentService(context: self) }
    public var programs: ProgramService { ProgramService(context: self) }
    public var sessions: SessionService { SessionService(context: self) }
    public var progression: ProgressionService { ProgressionService(context: self) }
    public var shareLinks: ShareLinkService { ShareLinkService(context: self) }
    public var accounts: AccountService { AccountService(context: self) }
}
