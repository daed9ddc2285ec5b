import Foundation
import LumbarCore

// One protocol per aggregate. Every method that reads or writes a trainer's data takes the
// trainer's id and filters by it, so another trainer's row is simply not found.

public protocol TrainerStore: Sendable {
    /// Throws `StoreError.conflict` when the e-mail address (compared case-insensitively) is taken.
    func createTrainer(_ trainer: TrainerRecord) async throws
    func trainer(email: String) async throws -> TrainerRecord?
    func trainer(id: UUID) async throws -> TrainerRecord?
    /// Whether the database holds any trainer at all; `serve --demo` adds demo data only to an empty one.
    func hasTrainers() async throws -> Bool

    func createToken(_ token: AuthTokenRecord) async throws
    /// The trainer owning an unexpired, unrevoked token with this hash; a token is expired from
    /// `expiresAt` on.
    /// The token must also be of `kind`: a cookie's token does not sign in as a bearer token, nor
    /// the reverse.
    func trainer(tokenHash: String, kind: TokenKind, now: Date) async throws -> TrainerRecord?
    /// Revoking an unknown or already revoked token changes nothing and does not throw.
    func revokeToken(hash: String, at: Date) async throws

    /// Records one attempt under `key` and returns how many attempts that key made since
    /// `windowStart` (this one included). Kept in the database so several app instances share it.
    func recordAttempt(key: String, at: Date, windowStart: Date) async throws -> Int
    /// How many attempts each of `keys` made since `since`, without recording one (0 for a key
    /// with none), so that a refused request writes nothing.
    func attemptCounts(keys: [String], since: Date) async throws -> [String: Int]
    /// Forgets every attempt before `before`, whatever its key, and returns how many it forgot.
    /// `recordAttempt` forgets a key's old attempts only when that key comes back; this keeps keys
    /// that never do (a scan through many e-mail addresses) from piling up.
    func pruneAttempts(before: Date) async throws -> Int
}

public protocol ClientStore: Sendable {
    func createClient(_ client: ClientRecord) async throws
    func client(id: UUID, trainerID: UUID) async throws -> ClientRecord?
    /// Newest first by `updatedAt`, then by id.
    func clients(trainerID: UUID, query: ClientQuery) async throws -> Page<ClientRecord>
    /// Throws `StoreError.notFound` for a missing or foreign client.
    func updateClient(id: UUID, trainerID: UUID, patch: ClientPatch, at: Date) async throws -> ClientRecord
    /// Sets the status and `updatedAt`; throws `StoreError.notFound` for a missing or foreign client.
    func setStatus(clientID: UUID, trainerID: UUID, status: ClientStatus, at: Date) async throws
}

public protocol AssessmentStore: Sendable {
    /// Stores an assessment, its client's new status and, on `proceed`, the first version of its
    /// program (made active) — all in one transaction. The client's `updatedAt` becomes the
    /// assessment's `createdAt`. Throws `StoreError.notFound` when the client (or the program's
    /// client) is not the assessment's trainer's.
    func recordAssessment(
        _ assessment: AssessmentRecord, status: ClientStatus, program: ProgramVersionRecord?
    ) async throws
    func latestAssessment(clientID: UUID, trainerID: UUID) async throws -> AssessmentRecord?
    /// Stores a clearance and, when given, the program it unlocks and the client's new status, in
    /// one transaction (a new status also sets the client's `updatedAt` to the clearance's
    /// `createdAt`). Throws `StoreError.notFound` unless the assessment is this client's.
    func recordClearance(
        _ clearance: ClearanceRecord, status: ClientStatus?, program: ProgramVersionRecord?
    ) async throws
    /// Oldest first.
    func clearances(clientID: UUID, trainerID: UUID) async throws -> [ClearanceRecord]
}

public protocol ProgramStore: Sendable {
    /// Adds a version; when it is active, the client's other versions become inactive, in one
    /// transaction. Throws `StoreError.conflict` when that version number already exists, and
    /// `StoreError.notFound` when the client is not the trainer's or the program is another client's.
    /// With a `status`, the client's status changes too (dated `version.createdAt`), in the same
    /// transaction: a progression's new stage and the status that follows from it land together.
    func addProgramVersion(_ version: ProgramVersionRecord, status: ClientStatus?) async throws
    func activeProgram(clientID: UUID, trainerID: UUID) async throws -> ProgramVersionRecord?
    /// The newest version of a program.
    func latestProgram(id: UUID, trainerID: UUID) async throws -> ProgramVersionRecord?
    /// Every version, oldest first.
    func programVersions(id: UUID, trainerID: UUID) async throws -> [ProgramVersionRecord]
}

public protocol SessionLogStore: Sendable {
    /// Throws `StoreError.notFound` when the client, or the program version the session names, is
    /// not the trainer's client's.
    func addSession(_ session: SessionLogRecord) async throws
    /// Adds a session under an idempotency key in one transaction: when `key.owner` already used
    /// `key.key` since `key.keptSince`, nothing is stored and the earlier use is returned (the
    /// caller compares its request hash); otherwise the session and the key are stored and nil is
    /// returned. Keys older than `keptSince` are forgotten. Other failures as for `addSession`.
    func addSession(_ session: SessionLogRecord, key: IdempotencyKeyRecord) async throws -> IdempotencyKeyRecord?
    /// One session of the trainer's client; nil when missing or another trainer's.
    func session(id: UUID, trainerID: UUID) async throws -> SessionLogRecord?
    /// Replaces the date and document of a session (a correction), in one statement with its
    /// columns; throws `StoreError.notFound` when it is missing or another trainer's.
    func replaceSession(_ session: SessionLogRecord) async throws
    /// Deletes a session; throws `StoreError.notFound` when it is missing or another trainer's.
    func deleteSession(id: UUID, trainerID: UUID) async throws
    /// Adds many sessions in one transaction, all or none, with the checks of `addSession` for each;
    /// for imports and seeding, where a transaction per session would be the bottleneck.
    func addSessions(_ sessions: [SessionLogRecord]) async throws
    /// Oldest first by date, then by creation.
    func sessions(clientID: UUID, trainerID: UUID, page: Int, per: Int) async throws -> Page<SessionLogRecord>
    /// Every session of a client, oldest first, for progression.
    func allSessions(clientID: UUID, trainerID: UUID) async throws -> [SessionLogRecord]
    /// Every session of a client, oldest first as in `allSessions`, as summaries: the pain and
    /// history columns, and the document only of sessions dated `documentsSince` or
    /// later whose pain during reached `SessionSummaryRecord.documentFrom` (none when nil). Empty
    /// for another trainer's client. For pages that show a year of history without parsing it.
    func sessionHistory(clientID: UUID, trainerID: UUID, documentsSince: CivilDate?) async throws
        -> [SessionHistoryRecord]
    /// Sets `painNextMorning` in the stored document of one session of the trainer's client (see
    /// `SessionLogRecord.settingNextMorningPain`) in one transaction, and returns the updated
    /// record. Throws `StoreError.notFound` when the session is missing, another client's or another
    /// trainer's.
    func setNextMorningPain(sessionID: UUID, trainerID: UUID, clientID: UUID, pain: Int) async throws
        -> SessionLogRecord
}

public protocol ShareLinkStore: Sendable {
    /// Throws `StoreError.notFound` for a missing or foreign client, `conflict` for a taken token hash.
    func createShareLink(_ link: ShareLinkRecord) async throws
    /// Newest first, revoked and expired links included.
    func shareLinks(clientID: UUID, trainerID: UUID) async throws -> [ShareLinkRecord]
    /// Throws `StoreError.notFound` for a missing or foreign link; revoking again keeps the first time.
    func revokeShareLink(id: UUID, trainerID: UUID, at: Date) async throws
    /// The live (unexpired, unrevoked) link with this token hash; a link is expired from `expiresAt` on.
    func shareLink(tokenHash: String, now: Date) async throws -> ShareLinkRecord?
}

/// Everything the web app needs from a database.
public protocol LumbarStore: TrainerStore, ClientStore, AssessmentStore, ProgramStore, SessionLogStore, ShareLinkStore,
    DashboardStore, DataOwnershipStore, SignedInReadStore
{
    /// Creates or upgrades the schema; safe to run on every start.
    func migrate() async throws
    /// Undoes the applied migrations after `identifier` (such as `001_initial`), newest first, in one
    /// transaction, so an older release can run again. `StoreError.unavailable` for an unknown step.
    func migrate(downTo identifier: String) async throws
    /// Answers when the database does; for `/healthz`.
    func ping() async throws
    /// Writes one row and answers when the database took it: a database that reads may still
    /// refuse writes (a read-only file, a full disk). For `/healthz`.
    func checkWritable(at: Date) async throws
    /// Releases connections.
    func close() async throws
}

extension ProgramStore {
    /// Adds a version without touching the client's status (an edit or a reactivation).
    public func addProgramVersion(_ version: ProgramVersionRecord) async throws {
        try await addProgramVersion(version, status: nil)
    }
}
