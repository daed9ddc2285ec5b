import Foundation
import Hummingbird
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
        let client = try await app.client(try context.pathID(what: "client"), of: trainer)
        let body = try await request.jsonBody(limit: app.bodyLimit).text
        let id = try await app.logSession(
            body, for: client, link: nil,
            idempotency: try SessionIdempotency(request, owner: "trainer:\(trainer.id.wire)", body: body))
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

    /// A JSON object of the session's fields to change (`null` clears `painNextMorning` or
    /// `notes`); the corrected session is checked as a new one would be, then answered.
    func correct(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let record = try await app.session(try context.pathID(what: "session"), of: trainer)
        let patch = try await request.jsonBody(limit: app.bodyLimit).value
        let corrected = try await app.correctSession(record, of: trainer, patch: patch)
        return JSONResponse.make(
            .ok, SessionDTO.json(try StoredDocument.session(corrected, catalog: app.catalog), record: corrected))
    }

    func delete(_ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        try await app.deleteSession(try context.pathID(what: "session"), of: trainer)
        return JSONResponse.noContent()
    }
}

extension AppServices {
    /// The days a new or corrected session of `client` may carry (see `SessionDates`).
    func sessionDates(of client: ClientRecord) -> SessionDates {
        SessionDates(since: CivilDate.utc(client.createdAt), today: CivilDate.utc(now()))
    }

    /// Validates one session entry and stores it against the program the client follows now; with
    /// `link`, as logged through that share link. With an idempotency key, a retry stores nothing
    /// and answers the first request's session; the same key with another request is 422.
    func logSession(
        _ text: String, for client: ClientRecord, link: ShareLinkRecord?, idempotency: SessionIdempotency?
    ) async throws -> UUID {
        let session = try LoggedSession.parse(text, catalog: catalog, dates: sessionDates(of: client))
        let program = try await followableProgram(of: client)
        let record = SessionLogRecord(
            id: UUID(), trainerID: client.trainerID, clientID: client.id, programID: program?.programID,
            programVersion: program?.version, date: session.date.description,
            document: StoredDocument.text(session.json), createdAt: now(), shareLinkID: link?.id)
        guard let idempotency else {
            try await store.addSession(record)
            return record.id
        }
        let now = now()
        let key = IdempotencyKeyRecord(
            owner: idempotency.owner, key: idempotency.key, requestHash: idempotency.requestHash,
            sessionID: record.id, createdAt: now, keptSince: now.addingTimeInterval(-SessionIdempotency.keptFor))
        guard let earlier = try await store.addSession(record, key: key) else { return record.id }
        guard earlier.requestHash == idempotency.requestHash else { throw SessionIdempotency.reused }
        return earlier.sessionID
    }

    /// One of the trainer's sessions, or 404.
    func session(_ id: UUID, of trainer: TrainerRecord) async throws -> SessionLogRecord {
        guard let record = try await store.session(id: id, trainerID: trainer.id) else {
            throw APIError.notFound("session")
        }
        return record
    }

    /// `record` with the fields of `patch` replaced, checked like a new session of its client
    /// (dates included) and stored; 422 naming the field for anything wrong.
    func correctSession(_ record: SessionLogRecord, of trainer: TrainerRecord, patch: JSONValue) async throws
        -> SessionLogRecord
    {
        guard case .object(let changes) = patch else {
            throw APIError.invalid("", "expected an object of the session's fields to change")
        }
        guard case .object(var fields)? = try? JSONParser.parse(record.document) else {
            throw APIError.invalid("", "this session's stored entry cannot be corrected; delete it and log it again")
        }
        for (key, value) in changes {
            fields.removeAll { $0.0 == key }
            if value != .null { fields.append((key, value)) }
        }
        let client = try await self.client(record.clientID, of: trainer)
        let session: LoggedSession
        do {
            session = try LoggedSession.parse(
                JSONWriter.string(.object(fields)), catalog: catalog, dates: sessionDates(of: client))
        } catch {
            throw APIError.validation(error)
        }
        var corrected = record
        corrected.date = session.date.description
        corrected.document = StoredDocument.text(session.json)
        do {
            try await store.replaceSession(corrected)
        } catch StoreError.notFound {
            throw APIError.notFound("session")
        }
        logger.info("session corrected", metadata: ["session": .string(record.id.wire)])
        return corrected
    }

    func deleteSession(_ id: UUID, of trainer: TrainerRecord) async throws {
        do {
            try await store.deleteSession(id: id, trainerID: trainer.id)
        } catch StoreError.notFound {
            throw APIError.notFound("session")
        }
        logger.info("session deleted", metadata: ["session": .string(id.wire)])
    }
}

/// The `Idempotency-Key` of a session POST: whose it is, the key, and a hash of the request, so a
/// retry after a lost answer stores nothing new and the same key cannot stand for another session.
struct SessionIdempotency: Sendable {
    static let header = HTTPFields.Element.Name("Idempotency-Key")!
    /// Keys are remembered at least this long (a day, and then some, for a retry across midnight).
    static let keptFor: TimeInterval = 48 * 3_600
    /// The longest key accepted; UUIDs and similar fit easily.
    static let maxLength = 255

    let owner: String
    let key: String
    let requestHash: String

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
        self.owner = owner
        self.key = key
        requestHash = SecretToken.hash(request.uri.path + "\n" + body)
    }

    static var reused: APIError {
        APIError(
            .unprocessableContent, code: "idempotencyKeyReused",
            message: "This Idempotency-Key was already used for a different request; use a new key for a new session.",
            field: "Idempotency-Key")
    }
}
