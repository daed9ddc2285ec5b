import Foundation

/// Limits on sign-in attempts within a sliding window, counted in the store so that every app
/// instance behind a load balancer shares them.
public struct RateLimits: Sendable {
    /// The window attempts are counted over.
    public var window: TimeInterval
    /// Sign-in attempts one account may receive per window.
    public var attemptsPerAccount: Int
    /// Sign-in and registration attempts one address may make per window.
    public var attemptsPerAddress: Int
    /// Every this many attempts, an instance forgets all attempts older than the window. One
    /// scan per thousand attempts keeps the table near one window's traffic at little cost.
    public var pruneEvery: Int

    /// Ten attempts per account and fifty per address every fifteen minutes.
    public init(
        window: TimeInterval = 15 * 60, attemptsPerAccount: Int = 10, attemptsPerAddress: Int = 50,
        pruneEvery: Int = 1_000
    ) {
        self.window = window
        self.attemptsPerAccount = attemptsPerAccount
        self.attemptsPerAddress = attemptsPerAddress
        self.pruneEvery = max(1, pruneEvery)
    }
}
