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

    /// The routes that sign the request in themselves, in the same database read as their data,
    /// so they go outside `auth`'s group; each calls `auth.tokenHash` before anything else.
    func addSigningIn(to group: LumbarRouterGroup, auth: AuthMiddleware) {
        group.get("clients/{id}/program") { request, context in try await active(request, context, auth: auth) }
    }

    /// The client's active program: the API's most frequent read (a client's app polls it), so the
    /// token, the client's owner and the program come from one store read rather than three. It
    /// answers exactly what `AuthMiddleware` and the separate reads would: 401 for a missing, bad,
    /// expired or revoked token, then 404 for a client that is not the trainer's.
    func active(_ request: Request, _ context: LumbarRequestContext, auth: AuthMiddleware) async throws -> Response {
        let (hash, kind) = try auth.tokenHash(request)
        guard let clientID = context.pathUUID() else {
            // Text that is no id names no client, but a dead token still answers 401 first.
            guard try await app.store.trainer(tokenHash: hash, kind: kind, now: app.now()) != nil else {
                throw AuthMiddleware.signedOut
            }
            throw APIError.notFound("client")
        }
        switch try await app.store.activeProgram(tokenHash: hash, kind: kind, now: app.now(), clientID: clientID) {
        case .notSignedIn:
            throw AuthMiddleware.signedOut
        case .noClient:
            throw APIError.notFound("client")
        case .client(_, let status, let program):
            guard status.mayFollowProgram, let program else { throw APIError.noProgram(status) }
            return try ProgramDTO.response(program)
        }
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
