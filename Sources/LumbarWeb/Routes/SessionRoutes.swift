import Foundation
import Hummingbird
import LumbarCore
import LumbarStore

/// Logged sessions of a client: one `lumbar.sessions/1` session entry per POST.
struct SessionRoutes {
    let app: AppServices

    func add(to group: LumbarRouterGroup) {
        group.post("clients/{id}/sessions") { request, context in try await log(request, context) }
        group.get("clients/{id}/sessions") { request, context in try await list(request, context) }
    }

    func log(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.client(try context.pathID(what: "client"), of: trainer)
        let id = try await app.logSession(try await request.jsonBody(limit: app.bodyLimit).text, for: client)
        return JSONResponse.make(.created, .object([("id", .string(id.wire))]))
    }

    func list(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.client(try context.pathID(what: "client"), of: trainer)
        let paging = try Paging(request.uri.queryParameters)
        let page = try await app.store.sessions(
            clientID: client.id, trainerID: trainer.id, page: paging.page, per: paging.per)
        let items = try page.items.map { record in
            SessionDTO.json(try StoredDocument.session(record, catalog: app.catalog), record: record)
        }
        return JSONResponse.make(.ok, .object([("items", .array(items)), ("total", .int(page.total))]))
    }
}

extension AppServices {
    /// Validates one session entry and stores it against the program the client follows now.
    func logSession(_ text: String, for client: ClientRecord) async throws -> UUID {
        let session = try LoggedSession.parse(text, catalog: catalog)
        let program = try await followableProgram(of: client)
        let record = SessionLogRecord(
            id: UUID(), trainerID: client.trainerID, clientID: client.id, programID: program?.programID,
            programVersion: program?.version, date: session.date.description,
            document: StoredDocument.text(session.json), createdAt: now())
        try await store.addSession(record)
        return record.id
    }
}
