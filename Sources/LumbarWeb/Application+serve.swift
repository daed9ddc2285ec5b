import Foundation
import Hummingbird
import LumbarStore

/// Runs the app on `store` until SIGINT or SIGTERM, then returns after a graceful shutdown (open
/// requests finish first). The store is migrated before the server starts and left open: the
/// caller made it and closes it.
public func serve(config: AppConfig, store: any LumbarStore) async throws {
    try await store.migrate()
    let app = buildApplication(config: config, store: store)
    try await app.runService()
}
