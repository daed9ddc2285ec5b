import Foundation

/// Everything stored about one client, read at one instant: what an export hands over.
public struct ClientDataRecord: Equatable, Sendable {
    public var client: ClientRecord
    /// Oldest first.
    public var assessments: [AssessmentRecord]
    /// Oldest first.
    public var clearances: [ClearanceRecord]
    /// Every version of every program, oldest first (by creation, then program and version).
    public var programVersions: [ProgramVersionRecord]
    /// Oldest first, as `allSessions` orders them.
    public var sessions: [SessionLogRecord]
    /// Oldest first; the records hold token hashes, which an export never shows.
    public var shareLinks: [ShareLinkRecord]

    public init(
        client: ClientRecord, assessments: [AssessmentRecord], clearances: [ClearanceRecord],
        programVersions: [ProgramVersionRecord], sessions: [SessionLogRecord], shareLinks: [ShareLinkRecord]
    ) {
        self.client = client
        self.assessments = assessments
        self.clearances = clearances
        self.programVersions = programVersions
        self.sessions = sessions
        self.shareLinks = shareLinks
    }
}

/// A one-time password reset: only the SHA-256 hash of its token is stored, as for sign-in tokens.
public struct PasswordResetRecord: Equatable, Sendable {
    public var tokenHash: String
    public var trainerID: UUID
    public var createdAt: Date
    /// The link stops working from this instant on.
    public var expiresAt: Date
    /// Set when the link was used; a used link never works again.
    public var usedAt: Date?

    public init(tokenHash: String, trainerID: UUID, createdAt: Date, expiresAt: Date, usedAt: Date? = nil) {
        self.tokenHash = tokenHash
        self.trainerID = trainerID
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.usedAt = usedAt
    }
}

/// What an owner of data can do with all of it: read it whole, erase it, and get back into an
/// account whose password is lost.
public protocol DataOwnershipStore: Sendable {
    /// The client and every row that hangs off them, in one read transaction (a consistent
    /// snapshot); nil for a missing or another trainer's client. Archived clients are included.
    func clientData(clientID: UUID, trainerID: UUID) async throws -> ClientDataRecord?
    /// Deletes the client and everything that hangs off them (assessments, clearances, program
    /// versions, sessions, share links, and the idempotency keys of their sessions and links) in
    /// one transaction. Throws `StoreError.notFound` for a missing or another trainer's client.
    func eraseClient(id: UUID, trainerID: UUID) async throws
    /// Deletes the trainer, every client of theirs as `eraseClient` does, their sign-in tokens,
    /// password resets and idempotency keys, in one transaction. Throws `StoreError.notFound` for
    /// an unknown trainer.
    func eraseTrainer(id: UUID) async throws

    /// Throws `StoreError.notFound` for an unknown trainer, `conflict` for a taken token hash.
    func createPasswordReset(_ reset: PasswordResetRecord) async throws
    /// The trainer a live reset (unused, unexpired: a reset is expired from `expiresAt` on) with
    /// this hash belongs to; nil otherwise. Reads only, so showing the form spends nothing.
    func passwordResetTrainer(tokenHash: String, now: Date) async throws -> TrainerRecord?
    /// Uses a live reset in one transaction: marks it used, sets the trainer's password hash and
    /// revokes every sign-in token of theirs (API tokens and browser sessions alike). Returns the
    /// trainer, or nil when no live reset has this hash (then nothing changes).
    func resetPassword(tokenHash: String, passwordHash: String, now: Date) async throws -> TrainerRecord?
}
