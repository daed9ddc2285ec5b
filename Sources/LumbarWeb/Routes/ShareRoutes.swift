import Foundation
import Hummingbird
import LumbarStore

/// The public side of a share link: the client's first name and program, and a way to log a
/// session. Nothing else about the client or the trainer is shown.
struct ShareRoutes {
    let app: AppServices

    func add(to group: LumbarRouterGroup) {
        group.get("share/{token}") { _, context in try await show(context) }
        group.post("share/{token}/sessions") { request, context in try await log(request, context) }
    }

    func show(_ context: LumbarRequestContext) async throws -> Response {
        let client = try await sharedClient(context)
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
        let client = try await sharedClient(context)
        let id = try await app.logSession(try await request.jsonBody(limit: app.bodyLimit).text, for: client)
        return JSONResponse.make(.created, .object([("id", .string(id.wire))]))
    }

    /// The client behind a live link; 404 for an unknown, expired or revoked token, or an archived client.
    func sharedClient(_ context: LumbarRequestContext) async throws -> ClientRecord {
        guard let token = context.parameters.get("token"), SecretToken.isWellFormed(token),
            let link = try await app.store.shareLink(tokenHash: SecretToken.hash(token), now: app.now()),
            let client = try await app.store.client(id: link.clientID, trainerID: link.trainerID),
            client.status != .archived
        else { throw APIError.notFound("share link") }
        return client
    }

    static func firstName(_ name: String) -> String {
        String(name.split(whereSeparator: \.isWhitespace).first ?? Substring(name))
    }
}
