import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarStore

/// The public side of a share link: the client's first name and program, a way to log a session,
/// and next-morning pain for a logged one. Nothing else about the client or the trainer is shown.
struct ShareRoutes {
    let app: AppServices

    func add(to group: LumbarRouterGroup) {
        group.get("share/{token}") { _, context in try await show(context) }
        group.post("share/{token}/sessions") { request, context in try await log(request, context) }
        group.patch("share/{token}/sessions/{id}") { request, context in try await morning(request, context) }
    }

    func show(_ context: LumbarRequestContext) async throws -> Response {
        let (_, client) = try await app.shareLinks.live(token: context.parameters.get("token"))
        var program: ReadableProgram?
        if let record = try await app.clients.followableProgram(of: client) {
            program = try await app.programs.readable(record)
        }
        return JSONResponse.make(.ok, ProgramDTO.shared.json((ShareRoutes.firstName(client.name), program)))
    }

    /// A session the client did; refused (404) while they have no program to follow, since a
    /// session then follows nothing and the page offers none.
    func log(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let (link, client) = try await app.shareLinks.live(token: context.parameters.get("token"))
        guard try await app.clients.followableProgram(of: client) != nil else {
            throw APIError.noProgram(client.status)
        }
        let body = try await request.jsonBody(limit: app.bodyLimit)
        let id = try await app.sessions.log(
            body.value, for: client, link: link,
            idempotency: try SessionIdempotency(request, owner: "share:\(link.id.wire)", body: body.text))
        return JSONResponse.make(.created, SessionDTO.created.json(id))
    }

    /// `{"painNextMorning": n}` for a session logged through this link in the last two days;
    /// answers the updated session.
    func morning(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let (link, client) = try await app.shareLinks.live(token: context.parameters.get("token"))
        let sessionID = try context.pathID(what: "session")
        let pain = try NextMorningBody.read(try await request.jsonBody(limit: app.bodyLimit).value)
        let record = try await app.shareLinks.setNextMorningPain(pain, sessionID: sessionID, link: link, client: client)
        return JSONResponse.make(
            .ok, SessionDTO.shape.json((try StoredDocument.session(record, catalog: app.catalog), record)))
    }

    static func firstName(_ name: String) -> String {
        String(name.split(whereSeparator: \.isWhitespace).first ?? Substring(name))
    }
}
