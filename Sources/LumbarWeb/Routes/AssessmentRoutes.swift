import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarStore

/// Assessments and medical clearances: screening first, then (only when it allows) a program.
struct AssessmentRoutes {
    let app: AppServices

    func add(to group: LumbarRouterGroup) {
        group.post("clients/{id}/assessments") { request, context in try await assess(request, context) }
        group.post("clients/{id}/clearances") { request, context in try await clear(request, context) }
    }

    func assess(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        let outcome = try await app.assessments.record(
            try Assessment.parse(try await request.jsonBody(limit: app.bodyLimit).value), client: client)
        return JSONResponse.make(.created, AssessmentDTO.result.json(outcome))
    }

    func clear(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        let note = try ClearanceBody.read(try await request.jsonBody(limit: app.bodyLimit).value)
        let cleared = try await app.assessments.clear(note: note, client: client)
        return JSONResponse.make(.created, AssessmentDTO.clearance.json(cleared))
    }
}
