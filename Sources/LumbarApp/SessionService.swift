import Foundation
import LumbarCore
import LumbarJSON
import LumbarStore

/// The `Idempotency-Key` of a session log: whose it is, the key, and a hash of the request, so a
/// retry after a lost answer stores nothing new and the same key cannot stand for another session.
public struct SessionIdempotency: Sendable {
    /// Keys are remembered at least this long (a day, and then some, for a retry across midnight).
    public static let keptFor: TimeInterval = 48 * 3_600

    public let owner: String
    public let key: String
    public let requestHash: String

    public init(owner: String, key: String, requestHash: String) {
        self.owner = owner
        self.key = key
        self.requestHash = requestHash
    }

    public static let reused = AppError.refused(
        code: "idempotencyKeyReused",
        message: "This Idempotency-Key was already used for a different request; use a new key for a new session.",
        field: "Idempotency-Key")
}

/// Logged sessions: one entry at a time, checked against the contract and the client's dates,
/// stored against the program the client follows; corrected and deleted by their trainer.
public struct SessionService: Sendable {
    let context: AppContext

    /// The days a new or corrected session of `client` may carry (see `SessionDates`).
    public func dates(of client: ClientRecord) -> SessionDates {
        SessionDates(since: CivilDate.utc(client.createdAt), today: CivilDate.utc(context.now()))
    }

    /// Validates one session entry (parsed JSON, read once by the caller) and stores it against the
    /// program the client follows now; with `link`, as logged through that share link. With an
    /// idempotency key, a retry stores nothing and answers the first request's session; the same
    /// key with another request is refused.
    public func log(
        _ entry: JSONValue, for client: ClientRecord, link: ShareLinkRecord?, idempotency: SessionIdempotency?
    ) async throws -> UUID {
        let session = try LoggedSession.parse(entry, catalog: context.catalog, dates: dates(of: client))
        let program = try await context.clients.followableProgram(of: client)
        let now = context.now()
        let record = SessionLogRecord(
            id: UUID(), trainerID: client.trainerID, clientID: client.id, programID: program?.programID,
            programVersion: program?.version, date: session.date,
            document: StoredDocument.text(session.json), createdAt: now, shareLinkID: link?.id,
            columns: SessionColumns(session))
        guard let idempotency else {
            try await context.store.addSession(record)
            return record.id
        }
        let key = IdempotencyKeyRecord(
            owner: idempotency.owner, key: idempotency.key, requestHash: idempotency.requestHash,
            sessionID: record.id, createdAt: now, keptSince: now.addingTimeInterval(-SessionIdempotency.keptFor))
        guard let earlier = try await context.store.addSession(record, key: key) else { return record.id }
        guard earlier.requestHash == idempotency.requestHash else { throw SessionIdempotency.reused }
        return earlier.sessionID
    }

    /// The client's sessions, oldest first, as the history views show them: summaries from the
    /// store's columns, with the exercises only of sessions on or after `documentsSince` (what an
    /// alert must name); nil reads none.
    public func history(of client: ClientRecord, documentsSince: CivilDate?) async throws -> [HistoryEntry] {
        try await context.store.sessionHistory(
            clientID: client.id, trainerID: client.trainerID, documentsSince: documentsSince
        ).map { try HistoryEntry($0, catalog: context.catalog) }
    }

    /// One page of the client's sessions, oldest first by date, then by creation.
    public func page(of client: ClientRecord, page: Int, per: Int) async throws -> Page<SessionLogRecord> {
        try await context.store.sessions(clientID: client.id, trainerID: client.trainerID, page: page, per: per)
    }

    /// One of the trainer's sessions, or `notFound`.
    public func session(_ id: UUID, of trainer: TrainerRecord) async throws -> SessionLogRecord {
        try await context.store.session(id: id, trainerID: trainer.id).orNotFound("session")
    }

    /// `record` with the fields of `patch` replaced, checked like a new session of its client
    /// (dates included) and stored; invalid, naming the field, for anything wrong.
    public func correct(_ record: SessionLogRecord, of trainer: TrainerRecord, patch: JSONValue) async throws
        -> SessionLogRecord
    {
        guard case .object(let changes) = patch else {
            throw AppError.invalid(path: "", message: "expected an object of the session's fields to change")
        }
        guard case .object(var fields)? = try? JSONParser.parse(record.document) else {
            throw AppError.invalid(
                path: "", message: "this session's stored entry cannot be corrected; delete it and log it again")
        }
        for (key, value) in changes {
            fields.removeAll { $0.0 == key }
            if value != .null { fields.append((key, value)) }
        }
        let client = try await context.clients.client(record.clientID, of: trainer)
        let session = try LoggedSession.parse(
            JSONWriter.string(.object(fields)), catalog: context.catalog, dates: dates(of: client))
        var corrected = record
        corrected.date = session.date
        corrected.document = StoredDocument.text(session.json)
        do {
            try await context.store.replaceSession(corrected)
        } catch StoreError.notFound {
            throw AppError.notFound("session")
        }
        context.logger.info("session corrected", metadata: ["session": .string(record.id.text)])
        return corrected
    }

    public func delete(_ id: UUID, of trainer: TrainerRecord) async throws {
        do {
            try await context.store.deleteSession(id: id, trainerID: trainer.id)
        } catch StoreError.notFound {
            throw AppError.notFound("session")
        }
        context.logger.info("session deleted", metadata: ["session": .string(id.text)])
    }
}
