import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarStore

/// A client's active program, any program by id, and the trainer's hand edits.
struct ProgramRoutes {
    let app: AppServices

    func add(to group: LumbarRouterGroup) {
        group.get("programs/{id}") { _, context in try await show(context) }
        group.patch("programs/{id}") { request, context in try await edit(request, context) }
    }

    /// The routes that sign the request in with the same database read as their data, through
    /// `auth`, so they go outside its group.
    func addSigningIn(to group: LumbarRouterGroup, auth: AuthMiddleware) {
        group.get("clients/{id}/program") { request, context in try await active(request, context, auth: auth) }
    }

    /// The client's active program: the API's most frequent read (a client's app polls it), so the
    /// token, the client's owner and the program come from one store read rather than three
    /// (`AuthMiddleware.activeProgram`).
    func active(_ request: Request, _ context: LumbarRequestContext, auth: AuthMiddleware) async throws -> Response {
        let (status, program) = try await auth.activeProgram(request, clientID: context.pathUUID())
        guard status.mayFollowProgram, let program else { throw APIError.noProgram(status) }
        return try ProgramDTO.response(program)
    }

    func show(_ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let record = try await app.programs.latest(try context.pathID(what: "program"), of: trainer)
        return try ProgramDTO.response(record)
    }

    func edit(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let record = try await app.programs.latest(try context.pathID(what: "program"), of: trainer)
        let edit = try ProgramEdit.read(try await request.jsonBody(limit: app.bodyLimit).value)
        let (edited, version) = try await app.programs.edit(record, edit)
        return JSONResponse.make(.ok, ProgramDTO.json(edited, record: version))
    }
}
