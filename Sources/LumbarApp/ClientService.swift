import Foundation
import LumbarCore
import LumbarStore

/// A trainer's clients as the use cases need them: found within the trainer's own, and the
/// program they may follow.
public struct ClientService: Sendable {
    let context: AppContext

    /// The trainer's client with this id; `notFound` when it is missing or another trainer's.
    public func client(_ id: UUID, of trainer: TrainerRecord) async throws -> ClientRecord {
        try await context.store.client(id: id, trainerID: trainer.id).orNotFound("client")
    }

    /// The client's active program, unless the latest screening stopped training (a referral
    /// not yet cleared, or an emergency): then there is nothing to follow.
    public func followableProgram(of client: ClientRecord) async throws -> ProgramVersionRecord? {
        guard client.status.mayFollowProgram else { return nil }
        return try await context.store.activeProgram(clientID: client.id, trainerID: client.trainerID)
    }
}
