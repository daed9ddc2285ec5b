import Foundation
import GRDB
import LumbarCore
import LumbarStore

// The dashboard in five reads inside one read transaction, so they see one snapshot: the clients,
// then their active programs, their sessions since `since` (pain summaries, from the index alone),
// the latest session of each client with none since then (for the others it is the last recent
// one), and the documents of the few recent sessions with severe pain during. The last three select the same
// clients with the same filter as a subquery (`client_id IN (…)`), so each is an index range scan
// per client: SQLite walks the client ids in order and seeks (trainer_id, client_id, …) for each,
// which also hands the sessions back already in order.

extension SQLiteStore {
    public func dashboard(trainerID: UUID, text: String?, status: ClientStatus?, since: CivilDate) async throws
        -> [DashboardEntry]
    {
        // LIKE is case-insensitive for ASCII (ILIKE in PostgreSQL); the text's wildcards are escaped.
        let pattern = text.flatMap { $0.isEmpty ? nil : "%" + Self.escapeLike($0) + "%" }
        let arguments: StatementArguments = [trainerID.sql, pattern, status?.rawValue]
        return try await read("read dashboard") { db in
            let clients = try Self.records(db, DashboardSQL.clients, arguments, ClientRecord.init(row:))
            guard !clients.isEmpty else { return [] }
            let programs = try Self.records(db, DashboardSQL.programs, arguments, ProgramSummaryRecord.init(row:))
            let withSince = arguments + [since.description]
            let recent = try Self.records(
                db, DashboardSQL.recentSessions, withSince, SessionSummaryRecord.init(row:))
            let latest = try Self.records(
                db, DashboardSQL.olderLatestSessions, withSince, SessionSummaryRecord.init(row:))
            let documents = try Self.records(
                db, DashboardSQL.severeDocuments, withSince + [SessionSummaryRecord.documentFrom]
            ) { row in (try row.uuid("id"), try row.string("document")) }
            return DashboardEntry.assemble(
                clients: clients, programs: programs, recent: recent, olderLatest: latest,
                documents: Dictionary(documents, uniquingKeysWith: { first, _ in first }))
        }
    }

    /// Every row of `sql` as a record. A cursor decodes each row where the statement stands, instead
    /// of copying it first as `Row.fetchAll` does (with its column names, looked up again per value):
    /// with hundreds of sessions that copying was a good part of the dashboard's time.
    static func records<Record>(
        _ db: Database, _ sql: String, _ arguments: StatementArguments, _ decode: @escaping (Row) throws -> Record
    ) throws -> [Record] {
        try Array(Row.fetchCursor(db, sql: sql, arguments: arguments).map(decode))
    }
}

/// The dashboard's five queries. Their parameters are numbered (?1 trainer, ?2 name pattern or
/// NULL, ?3 status or NULL, ?4 since, ?5 the pain during from which a session's document is read)
/// so they share one filter text; the PostgreSQL backend's SQL is the same with $1…$5.
enum DashboardSQL {
    /// Which of the trainer's clients the dashboard shows, over `clients c`: with no status, every
    /// status but archived.
    static let filter = """
        c.trainer_id = ?1 AND (?2 IS NULL OR c.name LIKE ?2 ESCAPE '\\')
            AND (c.status = ?3 OR (?3 IS NULL AND c.status <> 'archived'))
        """

    /// In the order of the client list.
    static let clients = """
        SELECT \(ClientColumn.list) FROM clients c WHERE \(filter)
        ORDER BY c.updated_at DESC, c.id DESC
        """

    static let programs = """
        SELECT \(ProgramVersionColumn.summary.sql()) FROM program_versions
        WHERE trainer_id = ?1 AND active = 1 AND client_id IN (SELECT c.id FROM clients c WHERE \(filter))
        """

    static let recentSessions = """
        SELECT \(SessionLogColumn.summary.sql(alias: "s")) FROM session_logs s
        WHERE s.trainer_id = ?1 AND s.date >= ?4 AND s.client_id IN (SELECT c.id FROM clients c WHERE \(filter))
        ORDER BY s.client_id, s.date, s.created_at, s.id
        """

    /// The latest session of each client whose latest is older than `since` (for the others it is
    /// the last of the recent sessions, already read). One backward seek per client on
    /// session_logs_client_pain finds the newest id, then the primary key the row; driven from the
    /// clients, so no other session is read.
    static let olderLatestSessions = """
        SELECT \(SessionLogColumn.summary.sql(alias: "s")) FROM clients c
        JOIN session_logs s ON s.trainer_id = c.trainer_id AND s.id = (
            SELECT l.id FROM session_logs l
            WHERE l.trainer_id = c.trainer_id AND l.client_id = c.id
            ORDER BY l.date DESC, l.created_at DESC, l.id DESC LIMIT 1)
        WHERE \(filter) AND s.date < ?4
        """

    /// The documents of the recent sessions whose pain during reached ?5, for the severe-pain
    /// alert to name the exercises: the index finds them, and only their rows are read.
    static let severeDocuments = """
        SELECT s.id, s.document FROM session_logs s
        WHERE s.trainer_id = ?1 AND s.date >= ?4 AND s.pain_during_max >= ?5
            AND s.client_id IN (SELECT c.id FROM clients c WHERE \(filter))
        """
}

extension ProgramSummaryRecord {
    init(row: Row) throws {
        try self.init(SQLiteStoredRow(row: row, list: ProgramVersionColumn.summary))
    }
}
