import Dispatch
import HummingbirdBcrypt

/// Bcrypt hashing, run on a Dispatch queue: a cost-12 hash takes a quarter of a second of CPU,
/// which must not stall Swift's cooperative threads that serve every other request. The seeding
/// and demo commands use it too, so they store passwords exactly as registration does.
public struct PasswordHasher: Sendable {
    public let cost: UInt8

    /// A hash of a password nobody has, verified against when the e-mail address is unknown, so
    /// that a failed sign-in takes as long whether or not the account exists.
    public let decoyHash: String

    public init(cost: UInt8) {
        self.cost = cost
        self.decoyHash = Bcrypt.hash("lumbar-decoy-password", cost: cost)
    }

    public func hash(_ password: String) async -> String {
        let cost = self.cost
        return await Self.offload { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async -> Bool {
        await Self.offload { Bcrypt.verify(password, hash: hash) }
    }

    private static func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
