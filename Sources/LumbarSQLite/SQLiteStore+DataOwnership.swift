import Foundation
import GRDB
import LumbarStore

extension SQLiteStore {
    public func clientData(clientID: UUID, trainerID: UUID) async throws -> ClientDataRecord? {
        // One read transaction: a session logged meanwhile is either in every list or in none.
        try await read("read client data") { db in
            let owner: StatementArguments = [trainerID.sql, clientID.sql]
            guard
                let client = try Row.fetchOne(
                    db, sql: "SELECT \(ClientColumn.list) FROM clients WHERE trainer_id = ? AND id = ?",
                    arguments: owner
                ).map(ClientRecord.init(row:))
            else { return nil }
            func rows<T>(_ table: String, _ columns: String, order: String, _ make: (Row) throws -> T) throws -> [T] {
                try Row.fetchAll(
                    db, sql: "SELECT \(columns) FROM \(table) WHERE trainer_id = ? AND client_id = ? ORDER BY \(order)",
                    arguments: owner
                ).map(make)
            }
            return ClientDataRecord(
                client: client,
                assessments: try rows(
                    "assessments", AssessmentColumn.list, order: "created_at, id", AssessmentRecord.init(row:)),
                clearances: try rows(
                    "clearances", ClearanceColumn.list, order: "created_at, id", ClearanceRecord.init(row:)),
                programVersions: try rows(
                    "program_versions", ProgramVersionColumn.list, order: "created_at, program_id, version",
                    ProgramVersionRecord.init(row:)),
                sessions: try rows(
                    "session_logs", SessionLogColumn.list, order: "date, created_at, id", SessionLogRecord.init(row:)
                ),
                shareLinks: try rows(
                    "share_links", ShareLinkColumn.list, order: "created_at, id", ShareLinkRecord.init(row:)))
        }
    }

    public func eraseClient(id: UUID, trainerID: UUID) async throws {
        try await write("erase client", conflict: "erase conflict") { db in
            try Self.requireClient(db, id: id, trainerID: trainerID)
            try Self.deleteClientRows(
                db, rows: "trainer_id = ? AND client_id = ?", clients: "trainer_id = ? AND id = ?",
                arguments: [trainerID.sql, id.sql])
        }
    }

    public func eraseTrainer(id: UUID) async throws {
        try await write("erase account", conflict: "erase conflict") { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM trainers WHERE id = ?", arguments: [id.sql]) != nil
            else { throw StoreError.notFound }
            try Self.deleteClientRows(db, rows: "trainer_id = ?", clients: "trainer_id = ?", arguments: [id.sql])
            try db.execute(sql: "DELETE FROM idempotency_keys WHERE owner = ?", arguments: ["trainer:\(id.sql)"])
            for table in ["password_resets", "auth_tokens"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE trainer_id = ?", arguments: [id.sql])
            }
            try db.execute(sql: "DELETE FROM trainers WHERE id = ?", arguments: [id.sql])
        }
    }

    /// Deletes clients and their rows, children before parents, inside the caller's transaction:
    /// `rows` selects the rows of the client tables and `clients` the clients, both with `arguments`.
    private static func deleteClientRows(
        _ db: Database, rows: String, clients: String, arguments: StatementArguments
    ) throws {
        // Keys name a session (the trainer's keys) or a share link (the client's own keys).
        try db.execute(
            sql: """
                DELETE FROM idempotency_keys
                WHERE session_id IN (SELECT id FROM session_logs WHERE \(rows))
                   OR owner IN (SELECT 'share:' || id FROM share_links WHERE \(rows))
                """, arguments: arguments + arguments)
        for table in ["session_logs", "share_links", "clearances", "program_versions", "assessments"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE \(rows)", arguments: arguments)
        }
        try db.execute(sql: "DELETE FROM clients WHERE \(clients)", arguments: arguments)
    }

    public func createPasswordReset(_ reset: PasswordResetRecord) async throws {
        try await write("create password reset", conflict: "password reset already exists") { db in
            guard
                try Bool.fetchOne(db, sql: "SELECT 1 FROM trainers WHERE id = ?", arguments: [reset.trainerID.sql])
                    != nil
            else { throw StoreError.notFound }
            try db.execute(
                sql: """
                    INSERT INTO password_resets (token_hash, trainer_id, created_at, expires_at, used_at)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    reset.tokenHash, reset.trainerID.sql, reset.createdAt.sqlMilliseconds,
                    reset.expiresAt.sqlMilliseconds, reset.usedAt?.sqlMilliseconds,
                ])
        }
    }

    public func passwordResetTrainer(tokenHash: String, now: Date) async throws -> TrainerRecord? {
        try await read("read password reset") { db in
            try Self.liveResetTrainer(db, tokenHash: tokenHash, now: now)
        }
    }

    public func resetPassword(tokenHash: String, passwordHash: String, now: Date) async throws -> TrainerRecord? {
        try await write("reset password", conflict: "password reset conflict") { db in
            guard var trainer = try Self.liveResetTrainer(db, tokenHash: tokenHash, now: now) else { return nil }
            let at = now.sqlMilliseconds
            try db.execute(
                sql: "UPDATE password_resets SET used_at = ? WHERE token_hash = ?", arguments: [at, tokenHash])
            try db.execute(
                sql: "UPDATE trainers SET password_hash = ? WHERE id = ?", arguments: [passwordHash, trainer.id.sql])
            try db.execute(
                sql: "UPDATE auth_tokens SET revoked_at = ? WHERE trainer_id = ? AND revoked_at IS NULL",
                arguments: [at, trainer.id.sql])
            trainer.passwordHash = passwordHash
            return trainer
        }
    }

    private static func liveResetTrainer(_ db: Database, tokenHash: String, now: Date) throws -> TrainerRecord? {
        try Row.fetchOne(
            db,
            sql: """
                SELECT \(TrainerColumn.list) FROM trainers WHERE id = (
                    SELECT trainer_id FROM password_resets
                    WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?)
                """,
            arguments: [tokenHash, now.sqlMilliseconds]
        ).map(TrainerRecord.init(row:))
    }
}
