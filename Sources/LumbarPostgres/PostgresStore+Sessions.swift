import Foundation
import LumbarStore
import PostgresNIO

extension PostgresStore {
    public func addSession(_ session: SessionLogRecord) async throws {
        try await transaction("add session", conflict: "session already exists") { connection in
            try await self.requireClient(id: session.clientID, trainerID: session.trainerID, on: connection)
            if let programID = session.programID {
                // The session must follow a program of the same client, not merely an existing one.
                let found = try await self.fetch(
                    """
                    SELECT 1 FROM program_versions
                    WHERE program_id = \(programID)
                        AND (\(session.programVersion)::integer IS NULL OR version = \(session.programVersion))
                        AND trainer_id = \(session.trainerID) AND client_id = \(session.clientID)
                    LIMIT 1
                    """, on: connection)
                guard !found.isEmpty else { throw StoreError.notFound }
            }
            try await self.fetch(
                """
                INSERT INTO session_logs
                    (id, trainer_id, client_id, program_id, program_version, date, document, created_at)
                VALUES (\(session.id), \(session.trainerID), \(session.clientID), \(session.programID), \
                \(session.programVersion), \(session.date), \(session.document), \(session.createdAt.timestamp))
                """, on: connection)
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
                SELECT \(unescaped: SessionLogRecord.columns) FROM session_logs
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
                SELECT \(unescaped: SessionLogRecord.columns) FROM session_logs
                WHERE trainer_id = \(trainerID) AND client_id = \(clientID)
                ORDER BY date, created_at, id
                """
            ).map(SessionLogRecord.init(postgres:))
        }
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
                    SELECT \(unescaped: SessionLogRecord.columns) FROM session_logs
                    WHERE id = \(sessionID) AND trainer_id = \(trainerID) AND client_id = \(clientID)
                    FOR UPDATE
                    """, on: connection
                ).first
            else { throw StoreError.notFound }
            let updated = try SessionLogRecord(postgres: row).settingNextMorningPain(pain)
            try await self.fetch(
                """
                UPDATE session_logs SET document = \(updated.document)
                WHERE id = \(sessionID) AND trainer_id = \(trainerID) AND client_id = \(clientID)
                """, on: connection)
            return updated
        }
    }
}
