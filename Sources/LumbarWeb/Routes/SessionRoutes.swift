import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarStore

/// Logged sessions of a client: one `lumbar.sessions/1` session entry per POST, and the owning
/// trainer's corrections (`PATCH`) and deletions (`DELETE /sessions/{id}`), so a bad entry is
/// never permanent.
struct SessionRoutes {
    let app: AppServices

    func add(to group: LumbarRouterGroup) {
        group.post("clients/{id}/sessions") { request, context in try await log(request, context) }
        group.get("clients/{id}/sessions") { request, context in try await list(request, context) }
        group.patch("sessions/{id}") { request, context in try await correct(request, context) }
        group.delete("sessions/{id}") { _, context in try await delete(context) }
    }

    func log(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        let body = try await request.jsonBody(limit: app.bodyLimit)
        let id = try await app.sessions.log(
            body.value, for: client, link: nil,
            idempotency: try SessionIdempotency(request, owner: "trainer:\(trainer.id.wire)", body: body.text))
        return JSONResponse.make(.created, SessionDTO.created.json(id))
    }

    func list(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let client = try await app.clients.client(try context.pathID(what: "client"), of: trainer)
        let paging = try Paging(request.uri.queryParameters)
        let page = try await app.sessions.page(of: client, page: paging.page, per: paging.per)
        let sessions = try page.items.map { record in (try StoredDocument.session(record, catalog: app.catalog), record)
        }
        return JSONResponse.make(.ok, SessionDTO.page.json((sessions, page.total)))
    }

    /// A JSON object of the session's fields to change (`null` clears `painNextMorning` or
    /// `notes`); the corrected session is checked as a new one would be, then answered.
    func correct(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let record = try await app.sessions.session(try context.pathID(what: "session"), of: trainer)
        let patch = try await request.jsonBody(limit: app.bodyLimit).value
        let corrected = try await app.sessions.correct(record, of: trainer, patch: patch)
        return JSONResponse.make(
            .ok, SessionDTO.shape.json((try StoredDocument.session(corrected, catalog: app.catalog), corrected)))
    }

    func delete(_ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        try await app.sessions.delete(try context.pathID(what: "session"), of: trainer)
        return JSONResponse.noContent()
    }
}

/// The `Idempotency-Key` header of a session POST, read into the service's `SessionIdempotency`.
extension SessionIdempotency {
    static let header = HTTPFields.Element.Name("Idempotency-Key")!
    /// The longest key accepted; UUIDs and similar fit easily.
    static let maxLength = 255

    /// Nil when the request sends no key; 400 naming the header for a key that is empty, too long or
    /// not printable ASCII.
    init?(_ request: Request, owner: String, body: String) throws(APIError) {
        guard let key = request.headers[SessionIdempotency.header] else { return nil }
        guard (1...SessionIdempotency.maxLength).contains(key.utf8.count),
            key.utf8.allSatisfy({ (0x21...0x7E).contains($0) })
        else {
            throw APIError(
                .badRequest, code: "invalidHeader",
                message: "Idempotency-Key must be 1 to \(SessionIdempotency.maxLength) visible ASCII characters.",
                field: "Idempotency-Key")
        }
        self.init(owner: owner, key: key, requestHash: SecretToken.hash(request.uri.path + "\n" + body))
    }
}
