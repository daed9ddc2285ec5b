import Foundation

/// An `Idempotency-Key` a client sent with a session POST, and what that request stored.
public struct IdempotencyKeyRecord: Equatable, Sendable {
    /// Whose key it is: `trainer:<id>` for the API, `share:<link id>` for a share link. Keys of
    /// different owners never meet.
    public var owner: String
    public var key: String
    /// A hash of the request (method, path and body); the same key with another request is refused.
    public var requestHash: String
    /// The session the first request stored.
    public var sessionID: UUID
    public var createdAt: Date
    /// Uses from before this instant are forgotten (a day or more ago).
    public var keptSince: Date

    public init(owner: String, key: String, requestHash: String, sessionID: UUID, createdAt: Date, keptSince: Date) {
        self.owner = owner
        self.key = key
        self.requestHash = requestHash
        self.sessionID = sessionID
        self.createdAt = createdAt
        self.keptSince = keptSince
    }
}
