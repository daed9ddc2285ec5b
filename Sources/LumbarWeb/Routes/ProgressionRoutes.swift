import Foundation
import Hummingbird
import LumbarApp
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
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        if let body = try await request.optionalJSONBody(limit: app.bodyLimit) {
            _ = try ProgressionBody.shape.body(body)
        }
        guard let active = try await app.clients.followableProgram(of: client) else {
            throw APIError(.notFound, code: "notFound", message: "This client has no active program to progress.")
        }
        let (next, version) = try await app.progression.progress(client, active: active)
        return JSONResponse.make(.ok, ProgramDTO.json(next, record: version))
    }
}
