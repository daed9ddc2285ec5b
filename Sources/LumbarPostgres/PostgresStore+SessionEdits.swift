import Foundation
import LumbarStore
import PostgresNIO

// The SQLite backend's session edits, idempotent add and write check, with the same answers.

extension PostgresStore {
    public func addSession(_ session: SessionLogRecord, key: IdempotencyKeyRecord) async throws
        -> IdempotencyKeyRecord?
    {
        do {
            return try await transaction("add session", conflict: "idempotency key taken") { connection in
                try await self.fetch(
                    "DELETE FROM idempotency_keys WHERE created_at < \(key.keptSince.timestamp)", on: connection)
                if let earlier = try await self.idempotencyKey(key, on: connection) { return earlier }
                try await self.requireSessionOwner(session, on: connection)
                // The key goes in first: a retry racing this request waits on its row and then fails
                // as a conflict, answered below from the key this request stored.
                try await self.fetch(
                    """
                    INSERT INTO idempotency_keys (owner, key, request_hash, session_id, created_at)
                    VALUES (\(key.owner), \(key.key), \(key.requestHash), \(key.sessionID), \(key.createdAt.timestamp))
                    """, on: connection)
                try await self.insertSession(session, on: connection)
                return nil
            }
        } catch StoreError.conflict {
            guard let earlier = try await withStoreErrors("read idempotency key", { try await idempotencyKey(key) })
            else { throw StoreError.conflict("idempotency key taken") }
            return earlier
        }
    }

    /// The stored use of `key`'s owner and key, if any.
    private func idempotencyKey(_ key: IdempotencyKeyRecord, on connection: PostgresConnection? = nil) async throws
        -> IdempotencyKeyRecord?
    {
        guard
            let row = try await fetch(
                """
                SELECT request_hash, session_id, created_at FROM idempotency_keys
                WHERE owner = \(key.owner) AND key = \(key.key)
                """, on: connection
            ).first
        else { return nil }
        let (hash, sessionID, createdAt) = try row.decode((String, UUID, Date).self)
        var earlier = key
        earlier.requestHash = hash
        earlier.sessionID = sessionID
        earlier.createdAt = createdAt
        return earlier
    }

    public func session(id: UUID, trainerID: UUID) async throws -> SessionLogRecord? {
        try await withStoreErrors("read session") {
            try await fetch(
                """
                SELECT \(unescaped: SessionLogColumn.list) FROM session_logs
                WHERE id = \(id) AND trainer_id = \(trainerID)
                """
            ).first.map { try SessionLogRecord(postgres: $0) }
        }
    }

    public func replaceSession(_ session: SessionLogRecord) async throws {
        let (pain, history) = (session.columns.pain, session.columns.history)
        try await withStoreErrors("correct session", conflict: "session changed meanwhile") {
            let rows = try await fetch(
                """
                UPDATE session_logs SET date = \(session.date.description), document = \(session.document), \
                pain_before = \(pain.painBefore), pain_after = \(pain.painAfter), \
                pain_next_morning = \(pain.painNextMorning), pain_during_max = \(pain.painDuringMax), \
                exercises_logged = \(history.exercisesLogged), exercises_done = \(history.exercisesDone), \
                notes = \(history.notes)
                WHERE id = \(session.id) AND trainer_id = \(session.trainerID) AND client_id = \(session.clientID)
                RETURNING 1
                """)
            guard rows.count == 1 else { throw StoreError.notFound }
        }
    }

    public func deleteSession(id: UUID, trainerID: UUID) async throws {
        try await withStoreErrors("delete session", conflict: "session changed meanwhile") {
            let rows = try await fetch(
                "DELETE FROM session_logs WHERE id = \(id) AND trainer_id = \(trainerID) RETURNING 1")
            guard rows.count == 1 else { throw StoreError.notFound }
        }
    }

    public func checkWritable(at: Date) async throws {
        try await withStoreErrors("check writes", conflict: "health check conflict") {
            try await fetch(
                """
                INSERT INTO health_checks (id, checked_at) VALUES (1, \(at.timestamp))
                ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at
                """)
        }
    }
}
