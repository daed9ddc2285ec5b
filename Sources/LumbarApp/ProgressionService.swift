import LumbarCore
import LumbarStore

/// The progression rules applied to a client's program and log, stored as the program's next version.
public struct ProgressionService: Sendable {
    let context: AppContext

    /// The progression rules over `active` and every logged session, stored as the program's next
    /// version (active), with the client's status following the new stage.
    public func progress(_ client: ClientRecord, active: ProgramVersionRecord) async throws
        -> (Program, ProgramVersionRecord)
    {
        let catalog = context.catalog
        let program = try await context.programs.requireReadable(active).program
        let records = try await context.store.allSessions(clientID: client.id, trainerID: client.trainerID)
        let log = SessionLog(sessions: try records.map { try StoredDocument.session($0, catalog: catalog) })
        // Sessions stored before dates were checked may lie anywhere; they would make a program
        // no reader accepts, so the trainer is asked to correct them first.
        let dates = context.sessions.dates(of: client)
        if let stray = zip(records, log.sessions).first(where: { dates.problem(with: $0.1.date) != nil }) {
            throw AppError.refused(
                code: "sessionOutOfRange",
                message:
                    "The session dated \(stray.1.date) (id \(stray.0.id.text)) lies outside \(dates.earliest)…\(dates.latest); "
                    + "correct its date or delete it, then progress again.", field: "sessions")
        }
        let next = ProgressionEngine(catalog: catalog).next(program, log: log)
        // Never store what could not be read back.
        if let failure = Program.validationFailure(of: next, catalog: catalog) {
            context.logger.error("progression made an invalid program", metadata: ["problem": .string(failure)])
            throw AppError.refused(
                code: "invalidProgression",
                message: "The progression could not make a valid program from this log: \(failure)", field: nil)
        }

        let latest =
            try await context.store.latestProgram(id: active.programID, trainerID: client.trainerID) ?? active
        let version = ProgramVersionRecord(
            programID: active.programID, version: latest.version + 1, trainerID: client.trainerID, clientID: client.id,
            assessmentID: active.assessmentID, document: StoredDocument.text(next.json), change: .progressed,
            active: true, createdAt: context.now(), daysPerWeek: next.schedule.daysPerWeek)
        // The status follows the new stage, written with the version so neither lands alone.
        let status = ClientStatus.following(next.stage)
        do {
            try await context.store.addProgramVersion(version, status: client.status == status ? nil : status)
        } catch StoreError.conflict {
            throw AppError.conflict("The program changed while progressing it; try again.")
        }
        return (next, version)
    }
}
