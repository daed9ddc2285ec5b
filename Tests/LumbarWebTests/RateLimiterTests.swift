import Foundation
import LumbarStore
import Testing

@testable import LumbarWeb

/// The limiter's housekeeping: attempts of keys that never come back are forgotten now and then.
@Suite struct RateLimiterTests {
    /// Returns how many attempts the store still counts for an address that tried once, long ago,
    /// after another address's sign-in attempt with the limiter pruning every `pruneEvery` attempts.
    func attemptsLeft(pruneEvery: Int) async throws -> Int {
        try await StoreKind.sqlite.withStore { store in
            let clock = TestClock()
            let limits = RateLimits(window: 60, pruneEvery: pruneEvery)
            let limiter = RateLimiter(store: store, limits: limits, now: { clock.now })
            try await limiter.checkRegistration(address: "192.0.2.1")
            clock.advance(days: 1)
            // Two more attempts (account and address): the third attempt overall.
            try await limiter.checkSignIn(email: "someone@example.com", address: "192.0.2.2")
            // Counting again with a window reaching back to the start shows what the store kept.
            return try await store.recordAttempt(
                key: "register:address:192.0.2.1", at: clock.now, windowStart: .distantPast) - 1
        }
    }

    @Test func everyNthAttemptForgetsTheExpiredAttemptsOfEveryKey() async throws {
        #expect(try await attemptsLeft(pruneEvery: 3) == 0)
        #expect(try await attemptsLeft(pruneEvery: 1_000) == 1)
    }
}
