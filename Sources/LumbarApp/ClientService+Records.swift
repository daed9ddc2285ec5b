import Foundation
import LumbarCore
import LumbarStore

extension ClientService {
    /// Brings an archived client back, with the status their record supports, screening first: an
    /// emergency stays an emergency and an uncleared referral stays referred, whatever program is
    /// on file; otherwise the active program's stage, or "needs assessment" without one. A client
    /// who is not archived is left as they are.
    public func restore(_ client: ClientRecord) async throws {
        guard client.status == .archived else { return }
        let status = try await restoredStatus(of: client)
        try await context.store.setStatus(
            clientID: client.id, trainerID: client.trainerID, status: status, at: context.now())
        context.logger.info("client restored from the archive", metadata: ["client": .string(client.id.text)])
    }

    private func restoredStatus(of client: ClientRecord) async throws -> ClientStatus {
        let store = context.store
        if let assessment = try await store.latestAssessment(clientID: client.id, trainerID: client.trainerID) {
            if assessment.decision == .emergency { return .emergency }
            if assessment.decision == .refer {
                let clearances = try await store.clearances(clientID: client.id, trainerID: client.trainerID)
                if !clearances.contains(where: { $0.assessmentID == assessment.id }) { return .referred }
            }
        }
        guard let active = try await store.activeProgram(clientID: client.id, trainerID: client.trainerID),
            let program = try await context.programs.readable(active)?.program
        else { return .needsAssessment }
        return ClientStatus.following(program.stage)
    }

    /// Everything held about the client, for a `lumbar.export/1` download; `notFound` when missing
    /// or another trainer's.
    public func export(_ id: UUID, of trainer: TrainerRecord) async throws -> ClientDataRecord {
        let data = try await context.store.clientData(clientID: id, trainerID: trainer.id).orNotFound("client")
        context.logger.info("client exported", metadata: ["client": .string(id.text)])
        return data
    }

    /// Erases the client and everything that hangs off them; `notFound` when missing or another
    /// trainer's.
    public func erase(_ id: UUID, of trainer: TrainerRecord) async throws {
        do {
            try await context.store.eraseClient(id: id, trainerID: trainer.id)
        } catch StoreError.notFound {
            throw AppError.notFound("client")
        }
        context.logger.notice("client erased", metadata: ["client": .string(id.text)])
    }
}
