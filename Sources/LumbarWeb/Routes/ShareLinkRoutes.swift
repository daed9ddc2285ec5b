import Foundation
import Hummingbird
import LumbarApp
import LumbarStore

/// Links that let a client see their program and log sessions without an account.
struct ShareLinkRoutes {
    let app: AppServices

    func add(to group: LumbarRouterGroup) {
        group.post("clients/{id}/share-links") { request, context in try await create(request, context) }
        group.get("clients/{id}/share-links") { _, context in try await list(context) }
        group.delete("share-links/{id}") { _, context in try await revoke(context) }
    }

    func create(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        let days = try ShareLinkBody.read(try await request.optionalJSONBody(limit: app.bodyLimit))
        let (link, token) = try await app.shareLinks.create(for: client, days: days)
        return JSONResponse.make(.created, ShareLinkDTO.created.json((link, token, app.config.publicURL)))
    }

    func list(_ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        let links = try await app.shareLinks.links(of: client)
        let now = app.now()
        return JSONResponse.make(
            .ok,
            ShareLinkDTO.page.json((links, now)))
    }

    func revoke(_ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        try await app.shareLinks.revoke(try context.pathID(what: "share link"), of: trainer)
        return JSONResponse.noContent()
    }
}
