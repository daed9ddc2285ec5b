import Foundation
import LumbarCore
import LumbarStore

extension AppServices {
    /// Brings an archived client back, with the status their record supports, screening first: an
    /// emergency stays an emergency and an uncleared referral stays referred, whatever program is
    /// on file; otherwise the active program's stage, or "needs assessment" without one. A client
    /// who is not archived is left as they are.
    func restoreArchived(_ client: ClientRecord) async throws {
        guard client.status == .archived else { return }
        let status = try await restoredStatus(of: client)
        try await store.setStatus(clientID: client.id, trainerID: client.trainerID, status: status, at: now())
        logger.info("client restored from the archive", metadata: ["client": .string(client.id.wire)])
    }

    private func restoredStatus(of client: ClientRecord) async throws -> ClientStatus {
        if let assessment = try await store.latestAssessment(clientID: client.id, trainerID: client.trainerID) {
            if assessment.decision == .emergency { return .emergency }
            if assessment.decision == .refer {
                let clearances = try await store.clearances(clientID: client.id, trainerID: client.trainerID)
                if !clearances.contains(where: { $0.assessmentID == assessment.id }) { return .referred }
            }
        }
        guard let active = try await store.activeProgram(clientID: client.id, trainerID: client.trainerID),
            let program = try await programs.readable(active)?.program
        else { return .needsAssessment }
        return ClientStatus.following(program.stage)
    }
}
