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
        let program = try StoredDocument.program(active, catalog: app.catalog)
        let records = try await app.store.allSessions(clientID: client.id, trainerID: trainer.id)
        let log = SessionLog(sessions: try records.map { try StoredDocument.session($0, catalog: app.catalog) })
        let next = ProgressionEngine(catalog: app.catalog).next(program, log: log)

        let latest = try await app.store.latestProgram(id: active.programID, trainerID: trainer.id) ?? active
        let version = ProgramVersionRecord(
            programID: active.programID, version: latest.version + 1, trainerID: trainer.id, clientID: client.id,
            assessmentID: active.assessmentID, document: StoredDocument.text(next.json), change: .progressed,
            active: true, createdAt: app.now())
        do {
            try await app.store.addProgramVersion(version)
        } catch StoreError.conflict {
            throw APIError.conflict("The program changed while progressing it; try again.")
        }
        // The store has no single write for a version and a status; the status follows from the
        // stored stage, so a failure between the two is repaired by the next progression.
        let status: ClientStatus = next.stage == .maintenance ? .maintenance : .active
        if client.status != status {
            try await app.store.setStatus(clientID: client.id, trainerID: trainer.id, status: status, at: app.now())
        }
        return JSONResponse.make(.ok, ProgramDTO.json(next, record: version))
    }
}
