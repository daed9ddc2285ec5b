import Foundation
import LumbarStore
import Synchronization

/// Counts sign-in and registration attempts in the store (so every app instance shares the
/// counts) and refuses them with 429 past the limits. Every attempt counts, not only failures:
/// the store can add to a count but not read one without adding, and counting before the
/// password is checked means a locked-out guesser learns nothing from a right guess.
struct RateLimiter: Sendable {
    let store: any TrainerStore
    let limits: RateLimits
    let now: @Sendable () -> Date
    private let recorded = AttemptCounter()

    init(store: any TrainerStore, limits: RateLimits, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.limits = limits
        self.now = now
    }

    /// Records a sign-in attempt for `email` from `address`; throws 429 when either is over its limit.
    func checkSignIn(email: String, address: String?) async throws {
        let time = now()
        let windowStart = time.addingTimeInterval(-limits.window)
        let account = try await store.recordAttempt(
            key: "signin:account:\(email.lowercased())", at: time, windowStart: windowStart)
        let byAddress = try await store.recordAttempt(
            key: "signin:address:\(address ?? "unknown")", at: time, windowStart: windowStart)
        try await pruneNowAndThen(counted: 2, windowStart: windowStart)
        if account > limits.attemptsPerAccount || byAddress > limits.attemptsPerAddress {
            throw APIError.rateLimited(retryAfter: Int(limits.window))
        }
    }

    /// Records a registration from `address`; throws 429 past the per-address limit, which keeps
    /// anyone from probing which e-mail addresses have accounts.
    func checkRegistration(address: String?) async throws {
        let time = now()
        let windowStart = time.addingTimeInterval(-limits.window)
        let count = try await store.recordAttempt(
            key: "register:address:\(address ?? "unknown")", at: time, windowStart: windowStart)
        try await pruneNowAndThen(counted: 1, windowStart: windowStart)
        if count > limits.attemptsPerAddress { throw APIError.rateLimited(retryAfter: Int(limits.window)) }
    }

    /// Forgets expired attempts of every key once per `limits.pruneEvery` attempts this instance
    /// records (each instance counts its own; any of them pruning is enough).
    private func pruneNowAndThen(counted: Int, windowStart: Date) async throws {
        let (before, after) = recorded.add(counted)
        guard before / limits.pruneEvery != after / limits.pruneEvery else { return }
        _ = try await store.pruneAttempts(before: windowStart)
    }
}

/// How many attempts an instance has recorded, shared by every copy of its `RateLimiter`.
private final class AttemptCounter: Sendable {
    private let count = Atomic<Int>(0)

    /// Adds `amount` and returns the count before and after.
    func add(_ amount: Int) -> (before: Int, after: Int) {
        let after = count.wrappingAdd(amount, ordering: .relaxed).newValue
        return (after - amount, after)
    }
}
