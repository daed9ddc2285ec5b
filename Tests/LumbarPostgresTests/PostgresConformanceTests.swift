import LumbarStore
import LumbarTestSupport
import Testing

@testable import LumbarPostgres

/// The shared store conformance suite, run against PostgreSQL.
@Suite(.enabled(if: PostgresTestDatabase.isConfigured, PostgresTestDatabase.skipReason))
struct PostgresConformanceTests {
    @Test(arguments: StoreConformance.checks)
    func conformance(_ check: StoreCheck) async throws {
        try await PostgresTestDatabase.withStore { store in try await check.run(store) }
    }

    /// Every check at once through one pool, as several request handlers of one app instance would.
    /// In a schema of its own: stores forget old idempotency keys of every owner, so the key check
    /// running here and in `conformance` at once on one schema could forget each other's keys.
    @Test func allChecksConcurrentlyOnOneStore() async throws {
        try await PostgresTestDatabase.withFreshSchema { url in
            try await PostgresTestDatabase.withStore(url: url, maximumConnections: 8) { store in
                await StoreConformance.runAllConcurrently(on: store)
            }
        }
    }
}
