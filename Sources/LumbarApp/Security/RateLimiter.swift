import Foundation
import LumbarStore
import Synchronization

/// Counts failed sign-ins and registrations in the store (so every app instance shares the counts)
/// and refuses them (`AppError.rateLimited`, a 429) past the limits. The counts are read before the password is checked
/// and a refused attempt writes nothing: a guesser past the limit learns nothing from a right
/// guess, and a flood of refused requests cannot fill the table or slow everyone's writes.
/// Only failures are recorded, per account and address, per address and per account, so a
/// guesser locks out their own address, not the account's owner.
public struct RateLimiter: Sendable {
    let store: any TrainerStore
    let limits: RateLimits
    let now: @Sendable () -> Date
    private let recorded = AttemptCounter()

    public init(store: any TrainerStore, limits: RateLimits, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.limits = limits
        self.now = now
    }

    /// The keys a sign-in for `email` from `address` is counted under.
    private struct SignInKeys {
        let pair: String
        let address: String
        let account: String

        init(email: String, address: String?) {
            let email = email.lowercased()
            let address = address ?? "unknown"
            pair = "signin:pair:\(address) \(email)"
            self.address = "signin:address:\(address)"
            account = "signin:account:\(email)"
        }

        var all: [String] { [pair, address, account] }
    }

    /// Throws `rateLimited`, writing nothing, when `address` has failed too often on `email` or on any account,
    /// or when the account is over its overall ceiling and `address` has failed on it before.
    public func checkSignIn(email: String, address: String?) async throws {
        let keys = SignInKeys(email: email, address: address)
        let counts = try await store.attemptCounts(keys: keys.all, since: windowStart)
        let pair = counts[keys.pair] ?? 0
        if pair >= limits.failuresPerAccountAndAddress || counts[keys.address] ?? 0 >= limits.failuresPerAddress
            || (pair > 0 && counts[keys.account] ?? 0 >= limits.failuresPerAccount)
        {
            throw AppError.rateLimited(retryAfter: Int(limits.window))
        }
    }

    /// Records a wrong password for `email` from `address`.
    public func recordFailedSignIn(email: String, address: String?) async throws {
        let (time, start) = (now(), windowStart)
        for key in SignInKeys(email: email, address: address).all {
            _ = try await store.recordAttempt(key: key, at: time, windowStart: start)
        }
        try await pruneNowAndThen(counted: 3, windowStart: start)
    }

    /// Records a registration from `address`; throws `rateLimited`, writing nothing, past the per-address
    /// limit, which also keeps anyone from probing which e-mail addresses have accounts.
    public func checkRegistration(address: String?) async throws {
        let key = "register:address:\(address ?? "unknown")"
        let start = windowStart
        let count = try await store.attemptCounts(keys: [key], since: start)[key] ?? 0
        if count >= limits.registrationsPerAddress { throw AppError.rateLimited(retryAfter: Int(limits.window)) }
        _ = try await store.recordAttempt(key: key, at: now(), windowStart: start)
        try await pruneNowAndThen(counted: 1, windowStart: start)
    }

    private var windowStart: Date { now().addingTimeInterval(-limits.window) }

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
