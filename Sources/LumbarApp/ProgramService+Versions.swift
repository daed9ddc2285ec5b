import Foundation
import LumbarCore
import LumbarStore

extension ProgramService {
    /// Every version of the trainer's program, oldest first; `notFound` when missing or another
    /// trainer's.
    public func versions(_ id: UUID, of trainer: TrainerRecord) async throws -> [ProgramVersionRecord] {
        let versions = try await context.store.programVersions(id: id, trainerID: trainer.id)
        guard !versions.isEmpty else { throw AppError.notFound("program") }
        return versions
    }

    /// Makes `chosen`, an older version, the one the client follows again, as a new version after
    /// `latest`: history is never rewritten. A conflict while the latest screening stops training,
    /// or when another change landed first.
    public func activate(_ chosen: ProgramVersionRecord, after latest: ProgramVersionRecord, client: ClientRecord)
        async throws
    {
        guard client.status.mayFollowProgram else {
            throw AppError.conflict(
                "The latest screening stopped training: record a clearance or a new assessment first.")
        }
        let version = ProgramVersionRecord(
            programID: chosen.programID, version: latest.version + 1, trainerID: chosen.trainerID,
            clientID: chosen.clientID, assessmentID: chosen.assessmentID, document: chosen.document,
            change: .activated, active: true, createdAt: context.now(), daysPerWeek: chosen.daysPerWeek)
        do {
            try await context.store.addProgramVersion(version)
        } catch StoreError.conflict {
            throw AppError.conflict("The program changed meanwhile; try again.")
        }
    }
}
