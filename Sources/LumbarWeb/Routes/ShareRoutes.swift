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
        let client = try await app.sharedClient(context)
        var program: ReadableProgram?
        if let record = try await app.clients.followableProgram(of: client) {
            program = try await app.programs.readable(record)
        }
        return JSONResponse.make(
            .ok,
            .object([
                ("firstName", .string(ShareRoutes.firstName(client.name))),
                ("program", program.map { ProgramDTO.json($0.program, record: $0.record) } ?? .null),
            ]))
    }

    /// A session the client did; refused (404) while they have no program to follow, since a
    /// session then follows nothing and the page offers none.
    func log(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let (link, client) = try await app.sharedLink(context)
        guard try await app.clients.followableProgram(of: client) != nil else {
            throw APIError.noProgram(client.status)
        }
        let body = try await request.jsonBody(limit: app.bodyLimit).text
        let id = try await app.sessions.log(
            body, for: client, link: link,
            idempotency: try SessionIdempotency(request, owner: "share:\(link.id.wire)", body: body))
        return JSONResponse.make(.created, .object([("id", .string(id.wire))]))
    }

    /// `{"painNextMorning": n}` for a session logged through this link in the last two days;
    /// answers the updated session.
    func morning(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let (link, client) = try await app.sharedLink(context)
        let sessionID = try context.pathID(what: "session")
        let pain = try NextMorningBody.read(try await request.jsonBody(limit: app.bodyLimit).value)
        let record = try await app.setNextMorningPain(pain, sessionID: sessionID, link: link, client: client)
        return JSONResponse.make(
            .ok, SessionDTO.json(try StoredDocument.session(record, catalog: app.catalog), record: record))
    }

    static func firstName(_ name: String) -> String {
        String(name.split(whereSeparator: \.isWhitespace).first ?? Substring(name))
    }
}

extension AppServices {
    /// The live link and its client; 404 for an unknown, malformed, expired or revoked token, or
    /// an archived client. Shared by the JSON routes and the share page.
    func sharedLink(_ context: LumbarRequestContext) async throws -> (ShareLinkRecord, ClientRecord) {
        guard let token = context.parameters.get("token"), SecretToken.isWellFormed(token),
            let link = try await store.shareLink(tokenHash: SecretToken.hash(token), now: now()),
            let client = try await store.client(id: link.clientID, trainerID: link.trainerID),
            client.status != .archived
        else { throw APIError.notFound("share link") }
        return (link, client)
    }

    /// The client behind a live link (see `sharedLink`).
    func sharedClient(_ context: LumbarRequestContext) async throws -> ClientRecord {
        try await sharedLink(context).1
    }

    /// Whether `link` may still set next-morning pain for `session`: only a session logged through
    /// that same link, and only in the days the share page asks (see `ShareView.morningIsDue`).
    func mayAnswerMorning(_ session: SessionLogRecord, link: ShareLinkRecord) -> Bool {
        Self.loggedThrough(session, link) && morningIsDue(session)
    }

    static func loggedThrough(_ session: SessionLogRecord, _ link: ShareLinkRecord) -> Bool {
        session.shareLinkID == link.id && session.clientID == link.clientID
    }

    func morningIsDue(_ session: SessionLogRecord) -> Bool {
        CivilDate(session.date).map { ShareView.morningIsDue($0, today: CivilDate.utc(now())) } ?? false
    }

    /// Stores next-morning pain for a session logged through `link`: 404 for any other session
    /// (another link's, the trainer's, another client's), 422 once the two days have passed.
    func setNextMorningPain(_ pain: Int, sessionID: UUID, link: ShareLinkRecord, client: ClientRecord) async throws
        -> SessionLogRecord
    {
        guard let session = try await store.session(id: sessionID, trainerID: client.trainerID),
            Self.loggedThrough(session, link)
        else { throw APIError.notFound("session") }
        guard morningIsDue(session) else {
            throw APIError(
                .unprocessableContent, code: "tooLate",
                message: "Next-morning pain can be given for two days after a session; this one is older.",
                field: "painNextMorning")
        }
        do {
            return try await store.setNextMorningPain(
                sessionID: sessionID, trainerID: client.trainerID, clientID: client.id, pain: pain)
        } catch StoreError.notFound {
            throw APIError.notFound("session")
        }
    }
}
