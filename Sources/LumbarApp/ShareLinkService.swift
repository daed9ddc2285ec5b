import Foundation
import LumbarCore
import LumbarStore

/// Links that let a client see their program and log sessions without an account. A link's token
/// is shown to the trainer once and stored only hashed; a link dies when it expires, when it is
/// revoked, or while its client is archived.
public struct ShareLinkService: Sendable {
    let context: AppContext

    /// A new live link to the client's program, valid `days` days (the configured lifetime by
    /// default), and its token.
    public func create(for client: ClientRecord, days: Int?) async throws -> (ShareLinkRecord, token: String) {
        let token = SecretToken.generate()
        let now = context.now()
        let lifetime = days.map { TimeInterval($0) * 86_400 } ?? context.shareLinkLifetime
        let link = ShareLinkRecord(
            id: UUID(), trainerID: client.trainerID, clientID: client.id, tokenHash: SecretToken.hash(token),
            createdAt: now, expiresAt: now.addingTimeInterval(lifetime))
        try await context.store.createShareLink(link)
        return (link, token)
    }

    /// Every link of the client, live or not, newest first.
    public func links(of client: ClientRecord) async throws -> [ShareLinkRecord] {
        try await context.store.shareLinks(clientID: client.id, trainerID: client.trainerID)
    }

    /// Revokes one of the trainer's links; `notFound` when it is missing or another trainer's.
    public func revoke(_ id: UUID, of trainer: TrainerRecord) async throws {
        do {
            try await context.store.revokeShareLink(id: id, trainerID: trainer.id, at: context.now())
        } catch StoreError.notFound {
            throw AppError.notFound("share link")
        }
    }

    /// The live link with this token and its client; `notFound` for an unknown, malformed, expired
    /// or revoked token, or an archived client.
    public func live(token: String?) async throws -> (ShareLinkRecord, ClientRecord) {
        let store = context.store
        guard let token, SecretToken.isWellFormed(token),
            let link = try await store.shareLink(tokenHash: SecretToken.hash(token), now: context.now()),
            let client = try await store.client(id: link.clientID, trainerID: link.trainerID),
            client.status != .archived
        else { throw AppError.notFound("share link") }
        return (link, client)
    }

    /// The session whose next-morning pain `link` may give now, if it is the latest one in
    /// `history`: logged through that same link and still within the question's window.
    public func morningSession(in history: [HistoryEntry], link: ShareLinkRecord, client: ClientRecord) async throws
        -> UUID?
    {
        guard let latest = history.last, latest.pain.painNextMorning == nil,
            NextMorningQuestion.isDue(sessionDate: latest.date, today: today),
            let record = try await context.store.session(id: latest.id, trainerID: client.trainerID),
            Self.loggedThrough(record, link)
        else { return nil }
        return latest.id
    }

    /// Stores next-morning pain for a session logged through `link`: `notFound` for any other
    /// session (another link's, the trainer's, another client's), refused once the window has passed.
    public func setNextMorningPain(_ pain: Int, sessionID: UUID, link: ShareLinkRecord, client: ClientRecord)
        async throws -> SessionLogRecord
    {
        let store = context.store
        guard let session = try await store.session(id: sessionID, trainerID: client.trainerID),
            Self.loggedThrough(session, link)
        else { throw AppError.notFound("session") }
        guard NextMorningQuestion.isDue(sessionDate: session.date, today: today) else {
            throw AppError.refused(
                code: "tooLate",
                message: "Next-morning pain can be given for two days after a session; this one is older.",
                field: "painNextMorning")
        }
        do {
            return try await store.setNextMorningPain(
                sessionID: sessionID, trainerID: client.trainerID, clientID: client.id, pain: pain)
        } catch StoreError.notFound {
            throw AppError.notFound("session")
        }
    }

    private var today: CivilDate { CivilDate.utc(context.now()) }

    private static func loggedThrough(_ session: SessionLogRecord, _ link: ShareLinkRecord) -> Bool {
        session.shareLinkID == link.id && session.clientID == link.clientID
    }
}
