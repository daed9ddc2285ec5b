import Foundation
import GRDB
import LumbarStore

// Reading, correcting and deleting one session, and adding one under an idempotency key.

extension SQLiteStore {
    public func addSession(_ session: SessionLogRecord, key: IdempotencyKeyRecord) async throws
        -> IdempotencyKeyRecord?
    {
        try await write("add session", conflict: "session already exists") { db in
            // SQLite has one writer at a time: no other request can use the key between this read and
            // the insert below, so a retry racing the first request still finds it.
            try db.cachedStatement(sql: "DELETE FROM idempotency_keys WHERE created_at < ?")
                .execute(arguments: [key.keptSince.sqlMilliseconds])
            if let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT request_hash, session_id, created_at FROM idempotency_keys
                        WHERE owner = ? AND key = ?
                        """),
                arguments: [key.owner, key.key])
            {
                var earlier = key
                earlier.requestHash = row[0]
                earlier.sessionID = try row.uuid("session_id")
                earlier.createdAt = try row.date("created_at")
                return earlier
            }
            try Self.requireSessionOwner(db, session)
            try db.execute(sql: Self.insertSessionSQL, arguments: Self.insertArguments(session))
            try db.cachedStatement(
                sql: """
                    INSERT INTO idempotency_keys (owner, key, request_hash, session_id, created_at)
                    VALUES (?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                key.owner, key.key, key.requestHash, key.sessionID.sql, key.createdAt.sqlMilliseconds,
            ])
            return nil
        }
    }

    public func session(id: UUID, trainerID: UUID) async throws -> SessionLogRecord? {
        try await read("read session") { db in
            try Row.fetchOne(
                db,
                sql: "SELECT \(SessionLogColumn.list) FROM session_logs WHERE id = ? AND trainer_id = ?",
                arguments: [id.sql, trainerID.sql]
            ).map(SessionLogRecord.init(row:))
        }
    }

    public func replaceSession(_ session: SessionLogRecord) async throws {
        let (pain, history) = (session.columns.pain, session.columns.history)
        try await write("correct session", conflict: "session changed meanwhile") { db in
            try db.execute(
                sql: """
                    UPDATE session_logs SET date = ?, document = ?, pain_before = ?, pain_after = ?,
                        pain_next_morning = ?, pain_during_max = ?, exercises_logged = ?, exercises_done = ?, notes = ?
                    WHERE id = ? AND trainer_id = ? AND client_id = ?
                    """,
                arguments: [
                    session.date.description, session.document, pain.painBefore, pain.painAfter, pain.painNextMorning,
                    pain.painDuringMax, history.exercisesLogged, history.exercisesDone, history.notes,
                    session.id.sql, session.trainerID.sql, session.clientID.sql,
                ])
            guard db.changesCount == 1 else { throw StoreError.notFound }
        }
    }

    public func deleteSession(id: UUID, trainerID: UUID) async throws {
        try await write("delete session", conflict: "session changed meanwhile") { db in
            try db.execute(
                sql: "DELETE FROM session_logs WHERE id = ? AND trainer_id = ?", arguments: [id.sql, trainerID.sql])
            guard db.changesCount == 1 else { throw StoreError.notFound }
        }
    }

    public func checkWritable(at: Date) async throws {
        try await write("check writes", conflict: "health check conflict") { db in
            try db.execute(
                sql: """
                    INSERT INTO health_checks (id, checked_at) VALUES (1, ?)
                    ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at
                    """,
                arguments: [at.sqlMilliseconds])
        }
    }
}
