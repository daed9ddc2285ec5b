import Foundation
import LumbarStore

/// Counts sign-in and registration attempts in the store (so every app instance shares the
/// counts) and refuses them with 429 past the limits. Every attempt counts, not only failures:
/// the store can add to a count but not read one without adding, and counting before the
/// password is checked means a locked-out guesser learns nothing from a right guess.
struct RateLimiter: Sendable {
    let store: any TrainerStore
    let limits: RateLimits
    let now: @Sendable () -> Date

    /// Records a sign-in attempt for `email` from `address`; throws 429 when either is over its limit.
    func checkSignIn(email: String, address: String?) async throws {
        let time = now()
        let windowStart = time.addingTimeInterval(-limits.window)
        let account = try await store.recordAttempt(
            key: "signin:account:\(email.lowercased())", at: time, windowStart: windowStart)
        let byAddress = try await store.recordAttempt(
            key: "signin:address:\(address ?? "unknown")", at: time, windowStart: windowStart)
        if account > limits.attemptsPerAccount || byAddress > limits.attemptsPerAddress {
            throw APIError.rateLimited(retryAfter: Int(limits.window))
        }
    }

    /// Records a registration from `address`; throws 429 past the per-address limit, which keeps
    /// anyone from probing which e-mail addresses have accounts.
    func checkRegistration(address: String?) async throws {
        let time = now()
        let count = try await store.recordAttempt(
            key: "register:address:\(address ?? "unknown")", at: time,
            windowStart: time.addingTimeInterval(-limits.window))
        if count > limits.attemptsPerAddress { throw APIError.rateLimited(retryAfter: Int(limits.window)) }
    }
}
