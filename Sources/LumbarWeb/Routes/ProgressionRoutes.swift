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
        let program = try StoredDocument.program(active, catalog: catalog)
        let records = try await store.allSessions(clientID: client.id, trainerID: client.trainerID)
        let log = SessionLog(sessions: try records.map { try StoredDocument.session($0, catalog: catalog) })
        let next = ProgressionEngine(catalog: catalog).next(program, log: log)

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
