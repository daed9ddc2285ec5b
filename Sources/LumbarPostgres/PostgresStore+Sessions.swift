import Foundation
import LumbarCore
import LumbarStore
import PostgresNIO

extension PostgresStore {
    public func addSession(_ session: SessionLogRecord) async throws {
        try await transaction("add session", conflict: "session already exists") { connection in
            try await self.requireSessionOwner(session, on: connection)
            try await self.insertSession(session, on: connection)
        }
    }

    /// Inserts one session whose owner was checked: every column of `SessionLogColumn`, the
    /// record's own summary columns included, so a write parses nothing.
    func insertSession(_ session: SessionLogRecord, on connection: PostgresConnection) async throws {
        var binds = PostgresBindings(capacity: SessionLogColumn.allCases.count)
        for value in session.storedValues { binds.append(value) }
        try await self.fetch(PostgresQuery(unsafeSQL: Self.insertSessionSQL, binds: binds), on: connection)
    }

    static let insertSessionSQL = """
        INSERT INTO session_logs (\(SessionLogColumn.list)) VALUES \(placeholders(row: 0))
        """

    /// `($1, $2, …)` for row `row` of a multi-row insert of sessions.
    static func placeholders(row: Int) -> String {
        let count = SessionLogColumn.allCases.count
        return "(" + (1...count).map { "$\(row * count + $0)" }.joined(separator: ", ") + ")"
    }

    public func addSessions(_ sessions: [SessionLogRecord]) async throws {
        guard !sessions.isEmpty else { return }
        try await transaction("add sessions", conflict: "session already exists") { connection in
            var checked = Set<SessionOwner>()
            for session in sessions where checked.insert(SessionOwner(session)).inserted {
                try await self.requireSessionOwner(session, on: connection)
            }
            // Multi-row INSERTs: one round trip per chunk instead of per session. A chunk binds
            // 16 values a row, well under PostgreSQL's 65,535 parameters per statement.
            let chunkSize = 1_000
            for start in stride(from: 0, to: sessions.count, by: chunkSize) {
                let chunk = sessions[start..<min(start + chunkSize, sessions.count)]
                var binds = PostgresBindings(capacity: chunk.count * SessionLogColumn.allCases.count)
                for session in chunk {
                    for value in session.storedValues { binds.append(value) }
                }
                let rows = (0..<chunk.count).map(Self.placeholders(row:)).joined(separator: ", ")
                let sql = "INSERT INTO session_logs (\(SessionLogColumn.list)) VALUES \(rows)"
                try await self.fetch(PostgresQuery(unsafeSQL: sql, binds: binds), on: connection)
            }
        }
    }

    public func sessions(clientID: UUID, trainerID: UUID, page: Int, per: Int) async throws -> Page<SessionLogRecord> {
        let (limit, offset) = Self.limitOffset(page: page, per: per)
        return try await withStoreErrors("list sessions") {
            let total =
                try await fetch(
                    "SELECT count(*) FROM session_logs WHERE trainer_id = \(trainerID) AND client_id = \(clientID)"
                ).first?.decode(Int.self) ?? 0
            let items = try await fetch(
                """
                SELECT \(unescaped: SessionLogColumn.list) FROM session_logs
                WHERE trainer_id = \(trainerID) AND client_id = \(clientID)
                ORDER BY date, created_at, id LIMIT \(limit) OFFSET \(offset)
                """
            ).map(SessionLogRecord.init(postgres:))
            return Page(items: items, total: total)
        }
    }

    public func allSessions(clientID: UUID, trainerID: UUID) async throws -> [SessionLogRecord] {
        try await withStoreErrors("list sessions") {
            try await fetch(
                """
                SELECT \(unescaped: SessionLogColumn.list) FROM session_logs
                WHERE trainer_id = \(trainerID) AND client_id = \(clientID)
                ORDER BY date, created_at, id
                """
            ).map(SessionLogRecord.init(postgres:))
        }
    }

    public func sessionHistory(clientID: UUID, trainerID: UUID, documentsSince: CivilDate?) async throws
        -> [SessionHistoryRecord]
    {
        try await withStoreErrors("list session history") {
            try await fetch(
                """
                SELECT \(unescaped: SessionLogColumn.history.sql(alias: "s")),
                    CASE WHEN s.date >= \(documentsSince?.description) AND s.pain_during_max >= \(SessionSummaryRecord.documentFrom)
                    THEN s.document END
                FROM session_logs s WHERE s.trainer_id = \(trainerID) AND s.client_id = \(clientID)
                ORDER BY s.date, s.created_at, s.id
                """
            ).map(SessionHistoryRecord.init(postgres:))
        }
    }

    /// Throws `StoreError.notFound` unless the session's client is its trainer's and the program
    /// version it names (if any) is that client's; locks the client's row as `requireClient` does.
    func requireSessionOwner(_ session: SessionLogRecord, on connection: PostgresConnection) async throws {
        try await requireClient(id: session.clientID, trainerID: session.trainerID, on: connection)
        guard let programID = session.programID else { return }
        // The session must follow a program of the same client, not merely an existing one.
        let found = try await fetch(
            """
            SELECT 1 FROM program_versions
            WHERE program_id = \(programID)
                AND (\(session.programVersion)::integer IS NULL OR version = \(session.programVersion))
                AND trainer_id = \(session.trainerID) AND client_id = \(session.clientID)
            LIMIT 1
            """, on: connection)
        guard !found.isEmpty else { throw StoreError.notFound }
    }
}

extension PostgresStore {
    public func setNextMorningPain(sessionID: UUID, trainerID: UUID, clientID: UUID, pain: Int) async throws
        -> SessionLogRecord
    {
        try await transaction("set next-morning pain", conflict: "session changed meanwhile") { connection in
            // FOR UPDATE holds the row until commit, so two answers sent at once cannot lose one another.
            guard
                let row = try await self.fetch(
                    """
                    SELECT \(unescaped: SessionLogColumn.list) FROM session_logs
                    WHERE id = \(sessionID) AND trainer_id = \(trainerID) AND client_id = \(clientID)
                    FOR UPDATE
                    """, on: connection
                ).first
            else { throw StoreError.notFound }
            let updated = try SessionLogRecord(postgres: row).settingNextMorningPain(pain)
            try await self.fetch(
                """
                UPDATE session_logs SET document = \(updated.document), \
                pain_next_morning = \(updated.columns.pain.painNextMorning)
                WHERE id = \(sessionID) AND trainer_id = \(trainerID) AND client_id = \(clientID)
                """, on: connection)
            return updated
        }
    }
}

extension PostgresBindings {
    /// Binds one stored value as this backend stores it: ids as `uuid`, instants as `timestamptz`
    /// (to the millisecond, as SQLite keeps them); a nil one as NULL.
    mutating func append(_ value: StoredValue) {
        switch value {
        case .uuid(let id): append(id)
        case .int(let number): append(number)
        case .text(let text): append(text)
        case .time(let date): append(date.timestamp)
        case .bool(let flag): append(flag)
        }
    }
}
