import Foundation
import LumbarCore
import LumbarStore

/// A trainer's clients: found within the trainer's own, listed, added, changed, archived and
/// brought back, and the program they may follow.
public struct ClientService: Sendable {
    let context: AppContext

    /// The trainer's client with this id; `notFound` when it is missing or another trainer's.
    public func client(_ id: UUID, of trainer: TrainerRecord) async throws -> ClientRecord {
        try await context.store.client(id: id, trainerID: trainer.id).orNotFound("client")
    }

    /// One page of the trainer's clients that match `query`.
    public func list(of trainer: TrainerRecord, _ query: ClientQuery) async throws -> Page<ClientRecord> {
        try await context.store.clients(trainerID: trainer.id, query: query)
    }

    /// A new client of `trainer`, waiting for their first assessment.
    public func create(for trainer: TrainerRecord, name: String, age: Int?, notes: String?) async throws
        -> ClientRecord
    {
        let now = context.now()
        let client = ClientRecord(
            id: UUID(), trainerID: trainer.id, name: name, age: age, notes: notes, status: .needsAssessment,
            createdAt: now, updatedAt: now)
        try await context.store.createClient(client)
        return client
    }

    /// The trainer's clients for the dashboard, each with the sessions of the overview's window up
    /// to `today`, filtered by `text` (name or notes) and `status`; most recently changed first.
    public func dashboard(of trainer: TrainerRecord, text: String?, status: ClientStatus?, today: CivilDate)
        async throws -> [DashboardEntry]
    {
        try await context.store.dashboard(
            trainerID: trainer.id, text: text, status: status,
            since: today.adding(days: -ClientOverview.windowDays))
    }

    /// `client` (found with `client(_:of:)`) with the fields of `patch` changed.
    public func update(_ client: ClientRecord, _ patch: ClientPatch) async throws -> ClientRecord {
        try await context.store.updateClient(
            id: client.id, trainerID: client.trainerID, patch: patch, at: context.now())
    }

    /// Archives the client: hidden from the dashboard's work and their share links stop, nothing lost.
    public func archive(_ client: ClientRecord) async throws {
        try await context.store.setStatus(
            clientID: client.id, trainerID: client.trainerID, status: .archived, at: context.now())
    }

    /// The client's active program, unless the latest screening stopped training (a referral
    /// not yet cleared, or an emergency): then there is nothing to follow.
    public func followableProgram(of client: ClientRecord) async throws -> ProgramVersionRecord? {
        guard client.status.mayFollowProgram else { return nil }
        return try await context.store.activeProgram(clientID: client.id, trainerID: client.trainerID)
    }
}
