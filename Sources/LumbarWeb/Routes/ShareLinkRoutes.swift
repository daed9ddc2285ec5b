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
        let (link, token) = try await app.createShareLink(for: client, days: days)
        return JSONResponse.make(.created, ShareLinkDTO.created(link, token: token, publicURL: app.config.publicURL))
    }

    func list(_ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        let links = try await app.store.shareLinks(clientID: client.id, trainerID: trainer.id)
        let now = app.now()
        return JSONResponse.make(
            .ok,
            .object([("items", .array(links.map { ShareLinkDTO.json($0, now: now) })), ("total", .int(links.count))]))
    }

    func revoke(_ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let id = try context.pathID(what: "share link")
        do {
            try await app.store.revokeShareLink(id: id, trainerID: trainer.id, at: app.now())
        } catch StoreError.notFound {
            throw APIError.notFound("share link")
        }
        return JSONResponse.noContent()
    }
}

extension AppServices {
    /// A new live link to the client's program, valid `days` days (the configured lifetime by
    /// default), and its token: shown to the trainer once, stored only hashed.
    func createShareLink(for client: ClientRecord, days: Int?) async throws -> (ShareLinkRecord, String) {
        let token = SecretToken.generate()
        let now = now()
        let link = ShareLinkRecord(
            id: UUID(), trainerID: client.trainerID, clientID: client.id, tokenHash: SecretToken.hash(token),
            createdAt: now,
            expiresAt: now.addingTimeInterval(days.map { TimeInterval($0) * 86_400 } ?? config.shareLinkLifetime))
        try await store.createShareLink(link)
        return (link, token)
    }
}
