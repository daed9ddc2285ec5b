import Foundation
import LumbarCore

/// What `ProgramStore.activeProgram(tokenHash:now:clientID:)` found in its one database read:
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
