import LumbarCore
import LumbarStore

/// The progression rules applied to a client's program and log, stored as the program's next version.
public struct ProgressionService: Sendable {
    let context: AppContext

    /// The progression rules over `active` and every logged session, stored as the program's next
    /// version (active), with the client's status following the new stage. Refused (a conflict)
    /// when the log brings nothing new since the last progression (see `alreadyReviewed`).
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
        let engine = ProgressionEngine(catalog: catalog)
        // Read once: the last progression's source, and the number the next version takes (a
        // version stored meanwhile makes the insert a conflict).
        let versions = try await context.store.programVersions(id: active.programID, trainerID: client.trainerID)
        if alreadyReviewed(active, versions: versions, log: log, engine: engine) {
            throw AppError.conflict(
                "Nothing new to review: no session, and no next-morning pain, has been logged or corrected since "
                    + "the last progression (version \(active.version)). Log the next session, then run it again.")
        }
        let next = engine.next(program, log: log)
        // Never store what could not be read back.
        if let failure = Program.validationFailure(of: next, catalog: catalog) {
            context.logger.error("progression made an invalid program", metadata: ["problem": .string(failure)])
            throw AppError.refused(
                code: "invalidProgression",
                message: "The progression could not make a valid program from this log: \(failure)", field: nil)
        }

        let document = StoredDocument.text(next.json)
        let latest = versions.last ?? active
        let version = ProgramVersionRecord(
            programID: active.programID, version: latest.version + 1, trainerID: client.trainerID, clientID: client.id,
            assessmentID: active.assessmentID, document: document, change: .progressed,
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

    /// Whether the last progression already reviewed this very log: `active` is its result, made
    /// from the version before it, and that version over `log` makes `active` again. Reviewing the
    /// same sessions a second time would judge them against the doses they had just earned (a
    /// session at 20 s read as "did not complete 25 s"), and store a version that only says so; a
    /// new session, a next-morning answer or a correction changes the result, and the review runs.
    private func alreadyReviewed(
        _ active: ProgramVersionRecord, versions: [ProgramVersionRecord], log: SessionLog, engine: ProgressionEngine
    ) -> Bool {
        guard active.change == .progressed else { return false }
        guard let source = versions.last(where: { $0.version < active.version }),
            let program = context.programs.stored(source)
        else { return false }
        return StoredDocument.text(engine.next(program, log: log).json) == active.document
    }
}
