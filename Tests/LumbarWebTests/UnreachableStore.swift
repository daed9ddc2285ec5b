import Foundation
import LumbarCore
import LumbarStore

/// A store whose database never answers, as when PostgreSQL is down: every call throws
/// `StoreError.unavailable`. With `answersPing`, it answers the health check's read but takes no
/// write, as a read-only file or a full disk does.
struct UnreachableStore: LumbarStore {
    var answersPing = false
    var down: StoreError { .unavailable("connection refused") }

    func createTrainer(_ trainer: TrainerRecord) async throws { throw down }
    func trainer(email: String) async throws -> TrainerRecord? { throw down }
    func trainer(id: UUID) async throws -> TrainerRecord? { throw down }
    func hasTrainers() async throws -> Bool { throw down }
    func createToken(_ token: AuthTokenRecord) async throws { throw down }
    func trainer(tokenHash: String, kind: TokenKind, now: Date) async throws -> TrainerRecord? { throw down }
    func revokeToken(hash: String, at: Date) async throws { throw down }
    func recordAttempt(key: String, at: Date, windowStart: Date) async throws -> Int { throw down }
    func pruneAttempts(before: Date) async throws -> Int { throw down }
    func clientData(clientID: UUID, trainerID: UUID) async throws -> ClientDataRecord? { throw down }
    func eraseClient(id: UUID, trainerID: UUID) async throws { throw down }
    func eraseTrainer(id: UUID) async throws { throw down }
    func createPasswordReset(_ reset: PasswordResetRecord) async throws { throw down }
    func passwordResetTrainer(tokenHash: String, now: Date) async throws -> TrainerRecord? { throw down }
    func resetPassword(tokenHash: String, passwordHash: String, now: Date) async throws -> TrainerRecord? {
        throw down
    }
    func createClient(_ client: ClientRecord) async throws { throw down }
    func client(id: UUID, trainerID: UUID) async throws -> ClientRecord? { throw down }
    func clients(trainerID: UUID, query: ClientQuery) async throws -> Page<ClientRecord> { throw down }
    func updateClient(id: UUID, trainerID: UUID, patch: ClientPatch, at: Date) async throws -> ClientRecord {
        throw down
    }
    func setStatus(clientID: UUID, trainerID: UUID, status: ClientStatus, at: Date) async throws { throw down }
    func recordAssessment(_ assessment: AssessmentRecord, status: ClientStatus, program: ProgramVersionRecord?)
        async throws
    { throw down }
    func latestAssessment(clientID: UUID, trainerID: UUID) async throws -> AssessmentRecord? { throw down }
    func recordClearance(_ clearance: ClearanceRecord, status: ClientStatus?, program: ProgramVersionRecord?)
        async throws
    { throw down }
    func clearances(clientID: UUID, trainerID: UUID) async throws -> [ClearanceRecord] { throw down }
    func addProgramVersion(_ version: ProgramVersionRecord, status: ClientStatus?) async throws { throw down }
    func activeProgram(clientID: UUID, trainerID: UUID) async throws -> ProgramVersionRecord? { throw down }
    func activeProgram(tokenHash: String, kind: TokenKind, now: Date, clientID: UUID) async throws
        -> SignedInProgramRead
    {
        throw down
    }
    func latestProgram(id: UUID, trainerID: UUID) async throws -> ProgramVersionRecord? { throw down }
    func programVersions(id: UUID, trainerID: UUID) async throws -> [ProgramVersionRecord] { throw down }
    func addSession(_ session: SessionLogRecord) async throws { throw down }
    func addSessions(_ sessions: [SessionLogRecord]) async throws { throw down }
    func addSession(_ session: SessionLogRecord, key: IdempotencyKeyRecord) async throws -> IdempotencyKeyRecord? {
        throw down
    }
    func session(id: UUID, trainerID: UUID) async throws -> SessionLogRecord? { throw down }
    func replaceSession(_ session: SessionLogRecord) async throws { throw down }
    func deleteSession(id: UUID, trainerID: UUID) async throws { throw down }
    func checkWritable(at: Date) async throws { throw down }
    func attemptCounts(keys: [String], since: Date) async throws -> [String: Int] { throw down }
    func sessions(clientID: UUID, trainerID: UUID, page: Int, per: Int) async throws -> Page<SessionLogRecord> {
        throw down
    }
    func allSessions(clientID: UUID, trainerID: UUID) async throws -> [SessionLogRecord] { throw down }
    func sessionHistory(clientID: UUID, trainerID: UUID, documentsSince: CivilDate?) async throws
        -> [SessionHistoryRecord]
    { throw down }
    func setNextMorningPain(sessionID: UUID, trainerID: UUID, clientID: UUID, pain: Int) async throws
        -> SessionLogRecord
    { throw down }
    func createShareLink(_ link: ShareLinkRecord) async throws { throw down }
    func shareLinks(clientID: UUID, trainerID: UUID) async throws -> [ShareLinkRecord] { throw down }
    func revokeShareLink(id: UUID, trainerID: UUID, at: Date) async throws { throw down }
    func shareLink(tokenHash: String, now: Date) async throws -> ShareLinkRecord? { throw down }
    func dashboard(trainerID: UUID, text: String?, status: ClientStatus?, since: CivilDate) async throws
        -> [DashboardEntry]
    { throw down }
    func migrate() async throws { throw down }
    func migrate(downTo identifier: String) async throws { throw down }
    func ping() async throws { if !answersPing { throw down } }
    func close() async throws {}
}
