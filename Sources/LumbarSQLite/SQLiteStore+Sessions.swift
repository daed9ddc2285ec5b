import Foundation
import GRDB
import LumbarCore
import LumbarStore

extension SQLiteStore {
    public func addSession(_ session: SessionLogRecord) async throws {
        try await write("add session", conflict: "session already exists") { db in
            try Self.requireSessionOwner(db, session)
            try db.execute(sql: Self.insertSessionSQL, arguments: Self.insertArguments(session))
        }
    }

    public func addSessions(_ sessions: [SessionLogRecord]) async throws {
        guard !sessions.isEmpty else { return }
        try await write("add sessions", conflict: "session already exists") { db in
            // A batch holds many sessions of few clients: each client and program is checked once.
            var checked = Set<SessionOwner>()
            for session in sessions where checked.insert(SessionOwner(session)).inserted {
                try Self.requireSessionOwner(db, session)
            }
            let insert = try db.cachedStatement(sql: Self.insertSessionSQL)
            for session in sessions {
                try insert.execute(arguments: Self.insertArguments(session))
            }
        }
    }

    public func sessions(clientID: UUID, trainerID: UUID, page: Int, per: Int) async throws -> Page<SessionLogRecord> {
        let (limit, offset) = Self.limitOffset(page: page, per: per)
        return try await read("list sessions") { db in
            let total =
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM session_logs WHERE trainer_id = ? AND client_id = ?",
                    arguments: [trainerID.sql, clientID.sql]) ?? 0
            let items = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(SessionLogColumn.list) FROM session_logs
                    WHERE trainer_id = ? AND client_id = ?
                    ORDER BY date, created_at, id LIMIT ? OFFSET ?
                    """,
                arguments: [trainerID.sql, clientID.sql, limit, offset]
            ).map(SessionLogRecord.init(row:))
            return Page(items: items, total: total)
        }
    }

    public func allSessions(clientID: UUID, trainerID: UUID) async throws -> [SessionLogRecord] {
        try await read("list sessions") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(SessionLogColumn.list) FROM session_logs
                    WHERE trainer_id = ? AND client_id = ?
                    ORDER BY date, created_at, id
                    """,
                arguments: [trainerID.sql, clientID.sql]
            ).map(SessionLogRecord.init(row:))
        }
    }

    public func sessionHistory(clientID: UUID, trainerID: UUID, documentsSince: CivilDate?) async throws
        -> [SessionHistoryRecord]
    {
        let arguments: StatementArguments = [
            trainerID.sql, clientID.sql, documentsSince?.description, SessionSummaryRecord.documentFrom,
        ]
        return try await read("list session history") { db in
            try Self.records(db, Self.sessionHistorySQL, arguments, SessionHistoryRecord.init(row:))
        }
    }

    /// ?1 trainer, ?2 client, ?3 the date from which severe sessions come with their document (NULL:
    /// none), ?4 the pain during that makes a session severe.
    static let sessionHistorySQL = """
        SELECT \(SessionLogColumn.history.sql(alias: "s")),
            CASE WHEN s.date >= ?3 AND s.pain_during_max >= ?4 THEN s.document END
        FROM session_logs s WHERE s.trainer_id = ?1 AND s.client_id = ?2
        ORDER BY s.date, s.created_at, s.id
        """

    /// Throws `StoreError.notFound` unless the session's client is its trainer's and the program
    /// version it names (if any) is that client's.
    static func requireSessionOwner(_ db: Database, _ session: SessionLogRecord) throws {
        try requireClient(db, id: session.clientID, trainerID: session.trainerID)
        guard let programID = session.programID else { return }
        // The session must follow a program of the same client, not merely an existing one.
        let found = try Bool.fetchOne(
            db,
            sql: """
                SELECT 1 FROM program_versions
                WHERE program_id = ? AND (? IS NULL OR version = ?) AND trainer_id = ? AND client_id = ?
                LIMIT 1
                """,
            arguments: [
                programID.sql, session.programVersion, session.programVersion, session.trainerID.sql,
                session.clientID.sql,
            ])
        guard found != nil else { throw StoreError.notFound }
    }

    /// Every column of `SessionLogColumn`, in its order: the record's own summary columns included
    /// (computed once, when the record was made), so a write parses nothing.
    static let insertSessionSQL = """
        INSERT INTO session_logs (\(SessionLogColumn.list))
        VALUES (\(Array(repeating: "?", count: SessionLogColumn.allCases.count).joined(separator: ", ")))
        """

    static func insertArguments(_ session: SessionLogRecord) -> StatementArguments {
        StatementArguments(session.storedValues.map(\.sqlite))
    }
}

extension StoredValue {
    /// The value as this backend stores it: ids as lowercase text, instants as milliseconds.
    var sqlite: (any DatabaseValueConvertible)? {
        switch self {
        case .uuid(let id): id?.sql
        case .int(let number): number
        case .text(let text): text
        case .time(let date): date?.sqlMilliseconds
        case .bool(let flag): flag ? 1 : 0
        }
    }
}

extension SQLiteStore {
    public func setNextMorningPain(sessionID: UUID, trainerID: UUID, clientID: UUID, pain: Int) async throws
        -> SessionLogRecord
    {
        try await write("set next-morning pain", conflict: "session changed meanwhile") { db in
            // SQLite has one writer at a time, so nothing changes the row between this read and the update.
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT \(SessionLogColumn.list) FROM session_logs
                        WHERE id = ? AND trainer_id = ? AND client_id = ?
                        """,
                    arguments: [sessionID.sql, trainerID.sql, clientID.sql])
            else { throw StoreError.notFound }
            let updated = try SessionLogRecord(row: row).settingNextMorningPain(pain)
            try db.cachedStatement(
                sql: """
                    UPDATE session_logs SET document = ?, pain_next_morning = ?
                    WHERE id = ? AND trainer_id = ? AND client_id = ?
                    """
            ).execute(arguments: [
                updated.document, updated.columns.pain.painNextMorning, sessionID.sql, trainerID.sql, clientID.sql,
            ])
            return updated
        }
    }
}
