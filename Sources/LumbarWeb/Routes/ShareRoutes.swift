import Foundation
import Hummingbird
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
        let client = try await app.sharedClient(context)
        let program = try await app.followableProgram(of: client)
        return JSONResponse.make(
            .ok,
            .object([
                ("firstName", .string(ShareRoutes.firstName(client.name))),
                (
                    "program",
                    try program.map {
                        ProgramDTO.json(try StoredDocument.program($0, catalog: app.catalog), record: $0)
                    }
                        ?? .null
                ),
            ]))
    }

    func log(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let client = try await app.sharedClient(context)
        let id = try await app.logSession(try await request.jsonBody(limit: app.bodyLimit).text, for: client)
        return JSONResponse.make(.created, .object([("id", .string(id.wire))]))
    }

    /// `{"painNextMorning": n}` for one of the shared client's sessions; answers the updated session.
    func morning(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let client = try await app.sharedClient(context)
        let sessionID = try context.pathID(what: "session")
        let pain = try NextMorningBody.read(try await request.jsonBody(limit: app.bodyLimit).value)
        let record = try await app.setNextMorningPain(pain, sessionID: sessionID, client: client)
        return JSONResponse.make(
            .ok, SessionDTO.json(try StoredDocument.session(record, catalog: app.catalog), record: record))
    }

    static func firstName(_ name: String) -> String {
        String(name.split(whereSeparator: \.isWhitespace).first ?? Substring(name))
    }
}

extension AppServices {
    /// The client behind a live link; 404 for an unknown, malformed, expired or revoked token, or
    /// an archived client. Shared by the JSON routes and the share page.
    func sharedClient(_ context: LumbarRequestContext) async throws -> ClientRecord {
        guard let token = context.parameters.get("token"), SecretToken.isWellFormed(token),
            let link = try await store.shareLink(tokenHash: SecretToken.hash(token), now: now()),
            let client = try await store.client(id: link.clientID, trainerID: link.trainerID),
            client.status != .archived
        else { throw APIError.notFound("share link") }
        return client
    }

    /// Stores next-morning pain for one of `client`'s sessions; 404 when the session is not theirs.
    func setNextMorningPain(_ pain: Int, sessionID: UUID, client: ClientRecord) async throws -> SessionLogRecord {
        do {
            return try await store.setNextMorningPain(
                sessionID: sessionID, trainerID: client.trainerID, clientID: client.id, pain: pain)
        } catch StoreError.notFound {
            throw APIError.notFound("session")
        }
    }
}
