import Foundation
import LumbarCore
import LumbarStore
import PostgresNIO

// The dashboard in five reads, as in the SQLite backend and with the same SQL: the clients, then
// their active programs, their sessions since `since` (pain summaries, an index-only scan), the
// latest session of each client with none since then (for the others it is the last recent one)
// and the documents of the few recent sessions with severe pain during, the last four selecting the same
// clients with the same filter as a subquery, so each is an index range scan per client. They run
// in one REPEATABLE READ transaction so all five see one snapshot.
//
// Unlike the store's other queries they run as prepared statements: planning the four anew on
// every call cost some 4 ms of a 16 ms dashboard over a million session logs, and the dashboard is
// the read every trainer's home page makes. PostgresNIO prepares each statement once per
// connection; PostgreSQL's generic plans are the same index range scans (see BENCHMARKS.md).

extension PostgresStore {
    public func dashboard(trainerID: UUID, text: String?, status: ClientStatus?, since: CivilDate) async throws
        -> [DashboardEntry]
    {
        // ILIKE is LIKE without case, as SQLite's LIKE is for ASCII; the text's wildcards are escaped.
        let pattern = text.flatMap { $0.isEmpty ? nil : "%" + Self.escapeLike($0) + "%" }
        var binds = PostgresBindings(capacity: 4)
        binds.append(trainerID)
        binds.append(pattern)
        binds.append(status?.rawValue)
        var bindsWithSince = binds
        bindsWithSince.append(since.description)
        var bindsWithThreshold = bindsWithSince
        bindsWithThreshold.append(SessionSummaryRecord.documentFrom)
        return try await transaction("read dashboard") { connection in
            try await self.execute(sql: "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", on: connection)
            let clients = try await self.fetch(DashboardClients(binds: binds), on: connection)
                .map(ClientRecord.init(postgres:))
            guard !clients.isEmpty else { return [] }
            let programs = try await self.fetch(DashboardPrograms(binds: binds), on: connection)
                .map(ProgramSummaryRecord.init(postgres:))
            let recent = try await self.fetch(DashboardRecentSessions(binds: bindsWithSince), on: connection)
                .map(SessionSummaryRecord.init(postgres:))
            let latest = try await self.fetch(DashboardOlderLatestSessions(binds: bindsWithSince), on: connection)
                .map(SessionSummaryRecord.init(postgres:))
            let documents = try await self.fetch(DashboardSevereDocuments(binds: bindsWithThreshold), on: connection)
                .map { row in try row.decode((UUID, String).self) }
            return DashboardEntry.assemble(
                clients: clients, programs: programs, recent: recent, olderLatest: latest,
                documents: Dictionary(documents, uniquingKeysWith: { first, _ in first }))
        }
    }

    /// Every row of a prepared dashboard statement.
    func fetch<Statement: DashboardStatement>(_ statement: Statement, on connection: PostgresConnection)
        async throws -> [PostgresRow]
    {
        var rows: [PostgresRow] = []
        for try await row in try await connection.execute(statement, logger: logger) {
            rows.append(row)
        }
        return rows
    }
}

/// One of the dashboard's queries as a prepared statement; rows are decoded by the record types.
protocol DashboardStatement: PostgresPreparedStatement where Row == PostgresRow {
    var binds: PostgresBindings { get }
}

extension DashboardStatement {
    /// $1 trainer id, $2 name pattern, $3 status, and for some $4 since and $5 the pain during from
    /// which a document is read: typed here, because a NULL bound first would leave PostgreSQL to guess.
    static var bindingDataTypes: [PostgresDataType] {
        Array([.uuid, .text, .text, .text, .int8].prefix(sql.contains("$5") ? 5 : sql.contains("$4") ? 4 : 3))
    }

    func makeBindings() -> PostgresBindings { binds }

    func decodeRow(_ row: PostgresRow) -> PostgresRow { row }
}

struct DashboardClients: DashboardStatement {
    static let sql = DashboardSQL.clients
    let binds: PostgresBindings
}

struct DashboardPrograms: DashboardStatement {
    static let sql = DashboardSQL.programs
    let binds: PostgresBindings
}

struct DashboardRecentSessions: DashboardStatement {
    static let sql = DashboardSQL.recentSessions
    let binds: PostgresBindings
}

struct DashboardOlderLatestSessions: DashboardStatement {
    static let sql = DashboardSQL.olderLatestSessions
    let binds: PostgresBindings
}

struct DashboardSevereDocuments: DashboardStatement {
    static let sql = DashboardSQL.severeDocuments
    let binds: PostgresBindings
}

/// The dashboard's five queries, the SQLite backend's with `$n` for `?n`, ILIKE for LIKE and a
/// boolean `active`. Their parameters are numbered ($1 trainer, $2 name pattern or NULL, $3
/// status or NULL, $4 since, $5 the pain during from which a session's document is read) so they
/// share one filter text.
enum DashboardSQL {
    /// Which of the trainer's clients the dashboard shows, over `clients c`: with no status, every
    /// status but archived.
    static let filter = """
        c.trainer_id = $1 AND ($2::text IS NULL OR c.name ILIKE $2 ESCAPE '\\')
            AND (c.status = $3 OR ($3::text IS NULL AND c.status <> 'archived'))
        """

    /// In the order of the client list.
    static let clients = """
        SELECT \(ClientColumn.list) FROM clients c WHERE \(filter)
        ORDER BY c.updated_at DESC, c.id DESC
        """

    static let programs = """
        SELECT \(ProgramVersionColumn.summary.sql()) FROM program_versions
        WHERE trainer_id = $1 AND active AND client_id IN (SELECT c.id FROM clients c WHERE \(filter))
        """

    static let recentSessions = """
        SELECT \(SessionLogColumn.summary.sql(alias: "s")) FROM session_logs s
        WHERE s.trainer_id = $1 AND s.date >= $4 AND s.client_id IN (SELECT c.id FROM clients c WHERE \(filter))
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
        WHERE \(filter) AND s.date < $4
        """

    /// The documents of the recent sessions whose pain during reached $5, for the severe-pain
    /// alert to name the exercises: the index finds them, and only their rows are read.
    static let severeDocuments = """
        SELECT s.id, s.document FROM session_logs s
        WHERE s.trainer_id = $1 AND s.date >= $4 AND s.pain_during_max >= $5
            AND s.client_id IN (SELECT c.id FROM clients c WHERE \(filter))
        """
}

extension ProgramSummaryRecord {
    init(postgres row: PostgresRow) throws {
        try self.init(PostgresStoredRow(row, ProgramVersionColumn.summary))
    }
}
