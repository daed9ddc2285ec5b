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
    @Test func allChecksConcurrentlyOnOneStore() async throws {
        try await PostgresTestDatabase.withStore(maximumConnections: 8) { store in
            await StoreConformance.runAllConcurrently(on: store)
        }
    }
}
