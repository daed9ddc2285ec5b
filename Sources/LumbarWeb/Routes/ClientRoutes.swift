import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarStore

/// The trainer's clients: list, create, read, change, archive and restore from the archive.
struct ClientRoutes {
    let app: AppServices

    func add(to group: LumbarRouterGroup) {
        group.get("clients") { request, context in try await list(request, context) }
        group.post("clients") { request, context in try await create(request, context) }
        group.get("clients/{id}") { _, context in try await show(context) }
        group.patch("clients/{id}") { request, context in try await update(request, context) }
        group.post("clients/{id}/archive") { _, context in try await archive(context) }
        group.post("clients/{id}/restore") { _, context in try await restore(context) }
    }

    func list(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let query = request.uri.queryParameters
        let paging = try Paging(query)
        var status: ClientStatus?
        if let text = query.get("status"), !text.isEmpty {
            guard let parsed = ClientStatus(rawValue: text) else {
                let accepted = ClientStatus.allCases.map(\.rawValue).joined(separator: ", ")
                throw APIError.badQuery("status", "\"\(text)\" is not one of \(accepted)")
            }
            status = parsed
        }
        let text = try SearchText.read(request)
        let page = try await app.clients.list(
            of: trainer, ClientQuery(text: text, status: status, page: paging.page, per: paging.per))
        return JSONResponse.make(.ok, ClientDTO.page.json(page))
    }

    func create(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let fields = try ClientBody.create(try await request.jsonBody(limit: app.bodyLimit).value)
        let client = try await app.clients.create(
            for: trainer, name: fields.name, age: fields.age, notes: fields.notes)
        return JSONResponse.make(.created, ClientDTO.shape.json(client))
    }

    func show(_ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        return JSONResponse.make(.ok, ClientDTO.shape.json(client))
    }

    func update(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        let patch = try ClientBody.patch(try await request.jsonBody(limit: app.bodyLimit).value)
        return JSONResponse.make(.ok, ClientDTO.shape.json(try await app.clients.update(client, patch)))
    }

    func archive(_ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        try await app.clients.archive(client)
        return JSONResponse.make(.ok, ClientDTO.shape.json(try await app.clients.client(client.id, of: trainer)))
    }

    /// An archived client back (archiving is the gentle default; nothing was lost by it).
    func restore(_ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        try await app.clients.restore(client)
        return JSONResponse.make(.ok, ClientDTO.shape.json(try await app.clients.client(client.id, of: trainer)))
    }
}
