import Foundation
import Logging
import LumbarCore
import LumbarStore

/// What every use case needs: the store, the catalog, the clock and the log. Built once by the
/// web app (or a tool) and handed to the services, which are small values over it.
public struct AppContext: Sendable {
    public let store: any LumbarStore
    public let catalog: Catalog
    public let now: @Sendable () -> Date
    public let logger: Logger

    public init(store: any LumbarStore, catalog: Catalog, now: @escaping @Sendable () -> Date, logger: Logger) {
        self.store = store
        self.catalog = catalog
        self.now = now
        self.logger = logger
    }

    public var clients: ClientService { ClientService(context: self) }
    public var assessments: AssessmentService { AssessmentService(context: self) }
    public var programs: ProgramService { ProgramService(context: self) }
    public var sessions: SessionService { SessionService(context: self) }
    public var progression: ProgressionService { ProgressionService(context: self) }
}
