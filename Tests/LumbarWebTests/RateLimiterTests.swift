import Foundation
import LumbarApp
import LumbarStore
import Testing

@testable import LumbarWeb

/// The limiter counts failures per account and address, per address and per account: a guesser
/// locks out their own address, never the owner signing in from another one, and a refused attempt
/// writes nothing.
@Suite struct RateLimiterTests {
    func withLimiter(
        _ limits: RateLimits = RateLimits(),
        _ body: @Sendable (RateLimiter, any LumbarStore, TestClock) async throws -> Void
    ) async throws {
        try await StoreKind.sqlite.withStore { store in
            let clock = TestClock()
            try await body(RateLimiter(store: store, limits: limits, now: { clock.now }), store, clock)
        }
    }

    func refused(_ check: () async throws -> Void) async -> Bool {
        do {
            try await check()
            return false
        } catch AppError.rateLimited {
            return true
        } catch {
            return false
        }
    }

    @Test func tenWrongPasswordsLockTheGuessersAddressNotTheOwners() async throws {
        try await withLimiter { limiter, _, _ in
            for _ in 0..<10 {
                try await limiter.checkSignIn(email: "owner@example.com", address: "192.0.2.66")
                try await limiter.recordFailedSignIn(email: "owner@example.com", address: "192.0.2.66")
            }
            #expect(await refused { try await limiter.checkSignIn(email: "owner@example.com", address: "192.0.2.66") })
            #expect(await refused { try await limiter.checkSignIn(email: "OWNER@example.com", address: "192.0.2.66") })
            // The owner, from an address with no failures, is never held back.
            #expect(
                await !refused { try await limiter.checkSignIn(email: "owner@example.com", address: "198.51.100.7") })
            // The guesser may still sign in to another account from there (the address limit is higher).
            #expect(await !refused { try await limiter.checkSignIn(email: "other@example.com", address: "192.0.2.66") })
        }
    }

    @Test func aSlowTrickleNeverLocksTheOwnerOut() async throws {
        try await withLimiter { limiter, _, clock in
            // One wrong password a minute for six hours, from one address.
            for _ in 0..<360 {
                if await !refused({ try await limiter.checkSignIn(email: "owner@example.com", address: "192.0.2.66") })
                {
                    try await limiter.recordFailedSignIn(email: "owner@example.com", address: "192.0.2.66")
                }
                clock.advance(days: 1.0 / 1_440)
                #expect(
                    await !refused {
                        try await limiter.checkSignIn(email: "owner@example.com", address: "198.51.100.7")
                    })
            }
        }
    }

    @Test func manyAddressesTogetherHitTheAccountCeilingButOnlyForThemselves() async throws {
        try await withLimiter(RateLimits(failuresPerAccount: 20)) { limiter, _, _ in
            for index in 0..<20 {
                try await limiter.recordFailedSignIn(email: "owner@example.com", address: "203.0.113.\(index)")
            }
            #expect(await refused { try await limiter.checkSignIn(email: "owner@example.com", address: "203.0.113.3") })
            #expect(
                await !refused { try await limiter.checkSignIn(email: "owner@example.com", address: "198.51.100.7") })
        }
    }

    @Test func oneAddressFailingOnManyAccountsHitsTheAddressLimit() async throws {
        try await withLimiter(RateLimits(failuresPerAddress: 5)) { limiter, _, clock in
            for index in 0..<5 {
                try await limiter.recordFailedSignIn(email: "guess\(index)@example.com", address: "192.0.2.66")
            }
            #expect(await refused { try await limiter.checkSignIn(email: "new@example.com", address: "192.0.2.66") })
            #expect(await !refused { try await limiter.checkSignIn(email: "new@example.com", address: "192.0.2.67") })
            clock.advance(days: 1)
            #expect(await !refused { try await limiter.checkSignIn(email: "new@example.com", address: "192.0.2.66") })
        }
    }

    @Test func aRefusedAttemptWritesNothing() async throws {
        try await withLimiter(RateLimits(failuresPerAccountAndAddress: 2, registrationsPerAddress: 2)) {
            limiter, store, _ in
            for _ in 0..<2 { try await limiter.recordFailedSignIn(email: "a@example.com", address: "192.0.2.1") }
            for _ in 0..<2 { try await limiter.checkRegistration(address: "192.0.2.1") }
            let keys = [
                "signin:pair:192.0.2.1 a@example.com", "signin:address:192.0.2.1", "register:address:192.0.2.1",
            ]
            let before = try await store.attemptCounts(keys: keys, since: .distantPast)
            for _ in 0..<50 {
                #expect(await refused { try await limiter.checkSignIn(email: "a@example.com", address: "192.0.2.1") })
                #expect(await refused { try await limiter.checkRegistration(address: "192.0.2.1") })
            }
            #expect(try await store.attemptCounts(keys: keys, since: .distantPast) == before)
            #expect(before == [keys[0]: 2, keys[1]: 2, keys[2]: 2])
        }
    }

    /// Returns how many attempts the store still counts for an address that registered once, long
    /// ago, after another address's failed sign-in with the limiter pruning every `pruneEvery` attempts.
    func attemptsLeft(pruneEvery: Int) async throws -> Int {
        try await StoreKind.sqlite.withStore { store in
            let clock = TestClock()
            let limits = RateLimits(window: 60, pruneEvery: pruneEvery)
            let limiter = RateLimiter(store: store, limits: limits, now: { clock.now })
            try await limiter.checkRegistration(address: "192.0.2.1")
            clock.advance(days: 1)
            // Three more attempts (pair, address and account): the fourth attempt overall.
            try await limiter.recordFailedSignIn(email: "someone@example.com", address: "192.0.2.2")
            return try await store.attemptCounts(keys: ["register:address:192.0.2.1"], since: .distantPast)[
                "register:address:192.0.2.1"] ?? -1
        }
    }

    @Test func everyNthAttemptForgetsTheExpiredAttemptsOfEveryKey() async throws {
        #expect(try await attemptsLeft(pruneEvery: 4) == 0)
        #expect(try await attemptsLeft(pruneEvery: 1_000) == 1)
    }
}
