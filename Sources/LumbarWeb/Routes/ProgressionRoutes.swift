import Foundation
import Hummingbird
import LumbarCore
import LumbarStore

/// `POST /api/v1/clients/{id}/progression`: the progression rules over the active program and
/// every logged session, saved as the program's next version.
struct ProgressionRoutes {
    let app: AppServices

    func add(to group: LumbarRouterGroup) {
        group.post("clients/{id}/progression") { request, context in try await progress(request, context) }
    }

    func progress(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.client(try context.pathID(what: "client"), of: trainer)
        if let body = try await request.optionalJSONBody(limit: app.bodyLimit) {
            let issues = BodyIssues()
            _ = StrictObject(body, keys: [], issues: issues)
            try issues.check()
        }
        guard let active = try await app.followableProgram(of: client) else {
            throw APIError(.notFound, code: "notFound", message: "This client has no active program to progress.")
        }
        let (next, version) = try await app.progress(client, active: active)
        return JSONResponse.make(.ok, ProgramDTO.json(next, record: version))
    }
}

extension AppServices {
    /// The progression rules over `active` and every logged session, stored as the program's next
    /// version (active), with the client's status following the new stage.
    func progress(_ client: ClientRecord, active: ProgramVersionRecord) async throws -> (Program, ProgramVersionRecord)
    {
        let program = try await requireReadableProgram(active).program
        let records = try await store.allSessions(clientID: client.id, trainerID: client.trainerID)
        let log = SessionLog(sessions: try records.map { try StoredDocument.session($0, catalog: catalog) })
        // Sessions stored before dates were checked may lie anywhere; they would make a program
        // no reader accepts, so the trainer is asked to correct them first.
        let dates = sessionDates(of: client)
        if let stray = zip(records, log.sessions).first(where: { dates.problem(with: $0.1.date) != nil }) {
            throw APIError(
                .unprocessableContent, code: "sessionOutOfRange",
                message:
                    "The session dated \(stray.1.date) (id \(stray.0.id.wire)) lies outside \(dates.earliest)…\(dates.latest); "
                    + "correct its date or delete it, then progress again.", field: "sessions")
        }
        let next = ProgressionEngine(catalog: catalog).next(program, log: log)
        // Never store what could not be read back.
        if let failure = Program.validationFailure(of: next, catalog: catalog) {
            logger.error("progression made an invalid program", metadata: ["problem": .string(failure)])
            throw APIError(
                .unprocessableContent, code: "invalidProgression",
                message: "The progression could not make a valid program from this log: \(failure)")
        }

        let latest = try await store.latestProgram(id: active.programID, trainerID: client.trainerID) ?? active
        let version = ProgramVersionRecord(
            programID: active.programID, version: latest.version + 1, trainerID: client.trainerID, clientID: client.id,
            assessmentID: active.assessmentID, document: StoredDocument.text(next.json), change: .progressed,
            active: true, createdAt: now())
        // The status follows the new stage, written with the version so neither lands alone.
        let status: ClientStatus = next.stage == .maintenance ? .maintenance : .active
        do {
            try await store.addProgramVersion(version, status: client.status == status ? nil : status)
        } catch StoreError.conflict {
            throw APIError.conflict("The program changed while progressing it; try again.")
        }
        return (next, version)
    }
}
