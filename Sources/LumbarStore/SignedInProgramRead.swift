import Foundation
import LumbarCore

/// The reads that sign a request in together with its data, in one database access. Only the
/// API's most frequent read has one (a client's app polls its active program): measured, it is
/// what brings that read to the goal (BENCHMARKS.md). `AuthMiddleware` is the one caller, so the
/// sign-in rules stay in one place.
public protocol SignedInReadStore: Sendable {
    /// Signs a request in and reads a client's active program: the token must be live (as for
    /// `trainer(tokenHash:kind:now:)`) and the client its trainer's. Nothing is cached: a revoked
    /// token is refused on the next call.
    func activeProgram(tokenHash: String, kind: TokenKind, now: Date, clientID: UUID) async throws
        -> SignedInProgramRead
}

/// What `SignedInReadStore.activeProgram(tokenHash:kind:now:clientID:)` found in its one database read:
/// whether the token signs anyone in, whether the client is that trainer's, and the client's
/// active program.
public enum SignedInProgramRead: Equatable, Sendable {
    /// No live token has this hash (unknown, revoked or expired); nothing else was looked at.
    case notSignedIn
    /// The token is live, but its trainer has no client with this id (none, or another trainer's).
    case noClient(trainerID: UUID)
    /// The token's trainer's client: its status, and its active program when it has one.
    case client(trainerID: UUID, status: ClientStatus, activeProgram: ProgramVersionRecord?)
}
