import Foundation

/// Limits on failed sign-ins and on registrations within a sliding window, counted in the store so
/// that every app instance behind a load balancer shares them.
public struct RateLimits: Sendable {
    /// The window attempts are counted over.
    public var window: TimeInterval
    /// Wrong passwords for one account from one address per window; past it, that address waits.
    public var failuresPerAccountAndAddress: Int
    /// Wrong passwords from one address per window, whatever the accounts; past it, that address waits.
    public var failuresPerAddress: Int
    /// Wrong passwords for one account per window from everywhere together: a far higher ceiling
    /// against a guesser spread over many addresses. It holds back only addresses that have failed
    /// on this account themselves, so the owner signing in from elsewhere is never locked out.
    public var failuresPerAccount: Int
    /// Registrations one address may make per window.
    public var registrationsPerAddress: Int
    /// Every this many attempts, an instance forgets all attempts older than the window. One
    /// scan per thousand attempts keeps the table near one window's traffic at little cost.
    public var pruneEvery: Int

    /// Every fifteen minutes: ten wrong passwords per account and address, fifty per address, a
    /// thousand per account, and twenty registrations per address.
    public init(
        window: TimeInterval = 15 * 60, failuresPerAccountAndAddress: Int = 10, failuresPerAddress: Int = 50,
        failuresPerAccount: Int = 1_000, registrationsPerAddress: Int = 20, pruneEvery: Int = 1_000
    ) {
        self.window = window
        self.failuresPerAccountAndAddress = failuresPerAccountAndAddress
        self.failuresPerAddress = failuresPerAddress
        self.failuresPerAccount = failuresPerAccount
        self.registrationsPerAddress = registrationsPerAddress
        self.pruneEvery = max(1, pruneEvery)
    }
}
