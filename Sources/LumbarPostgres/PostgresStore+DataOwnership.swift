import Foundation
import LumbarStore
import PostgresNIO

extension PostgresStore {
    public func clientData(clientID: UUID, trainerID: UUID) async throws -> ClientDataRecord? {
        try await transaction("read client data") { connection in
            // One snapshot for every list: a session logged meanwhile is in all of them or in none.
            try await self.execute(sql: "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", on: connection)
            guard let client = try await self.fetchClient(id: clientID, trainerID: trainerID, on: connection) else {
                return nil
            }
            func rows<T>(_ table: String, _ columns: String, order: String, _ make: (PostgresRow) throws -> T)
                async throws -> [T]
            {
                try await self.fetch(
                    """
                    SELECT \(unescaped: columns) FROM \(unescaped: table)
                    WHERE trainer_id = \(trainerID) AND client_id = \(clientID) ORDER BY \(unescaped: order)
                    """, on: connection
                ).map(make)
            }
            return ClientDataRecord(
                client: client,
                assessments: try await rows(
                    "assessments", AssessmentColumn.list, order: "created_at, id", AssessmentRecord.init(postgres:)),
                clearances: try await rows(
                    "clearances", ClearanceColumn.list, order: "created_at, id", ClearanceRecord.init(postgres:)),
                programVersions: try await rows(
                    "program_versions", ProgramVersionColumn.list, order: "created_at, program_id, version",
                    ProgramVersionRecord.init(postgres:)),
                sessions: try await rows(
                    "session_logs", SessionLogColumn.list, order: "date, created_at, id",
                    SessionLogRecord.init(postgres:)),
                shareLinks: try await rows(
                    "share_links", ShareLinkColumn.list, order: "created_at, id", ShareLinkRecord.init(postgres:)))
        }
    }

    public func eraseClient(id: UUID, trainerID: UUID) async throws {
        try await transaction("erase client", conflict: "erase conflict") { connection in
            // The row lock makes a write for this client that started first finish first, and one
            // that starts later find no client.
            let found = try await self.fetch(
                "SELECT 1 FROM clients WHERE id = \(id) AND trainer_id = \(trainerID) FOR UPDATE", on: connection)
            guard !found.isEmpty else { throw StoreError.notFound }
            try await self.deleteClientRows(trainerID: trainerID, clientID: id, on: connection)
        }
    }

    public func eraseTrainer(id: UUID) async throws {
        try await transaction("erase account", conflict: "erase conflict") { connection in
            // Locked like a client: a client being added for this trainer waits for the erasure.
            let found = try await self.fetch("SELECT 1 FROM trainers WHERE id = \(id) FOR UPDATE", on: connection)
            guard !found.isEmpty else { throw StoreError.notFound }
            try await self.deleteClientRows(trainerID: id, clientID: nil, on: connection)
            try await self.fetch("DELETE FROM idempotency_keys WHERE owner = \("trainer:\(id.text)")", on: connection)
            try await self.fetch("DELETE FROM password_resets WHERE trainer_id = \(id)", on: connection)
            try await self.fetch("DELETE FROM auth_tokens WHERE trainer_id = \(id)", on: connection)
            try await self.fetch("DELETE FROM trainers WHERE id = \(id)", on: connection)
        }
    }

    /// Deletes one client (or, with no `clientID`, every client of the trainer) and their rows,
    /// children before parents, inside the caller's transaction.
    private func deleteClientRows(trainerID: UUID, clientID: UUID?, on connection: PostgresConnection) async throws {
        // Keys name a session (the trainer's keys) or a share link (the client's own keys).
        try await fetch(
            """
            DELETE FROM idempotency_keys
            WHERE session_id IN (SELECT id FROM session_logs WHERE trainer_id = \(trainerID)
                AND (\(clientID)::uuid IS NULL OR client_id = \(clientID)))
               OR owner IN (SELECT 'share:' || id FROM share_links WHERE trainer_id = \(trainerID)
                AND (\(clientID)::uuid IS NULL OR client_id = \(clientID)))
            """, on: connection)
        for table in ["session_logs", "share_links", "clearances", "program_versions", "assessments"] {
            try await fetch(
                """
                DELETE FROM \(unescaped: table)
                WHERE trainer_id = \(trainerID) AND (\(clientID)::uuid IS NULL OR client_id = \(clientID))
                """, on: connection)
        }
        try await fetch(
            """
            DELETE FROM clients WHERE trainer_id = \(trainerID) AND (\(clientID)::uuid IS NULL OR id = \(clientID))
            """, on: connection)
    }

    public func createPasswordReset(_ reset: PasswordResetRecord) async throws {
        try await withStoreErrors("create password reset", conflict: "password reset already exists") {
            // An unknown trainer fails the foreign key, which `storeError` reports as not found.
            try await fetch(
                """
                INSERT INTO password_resets (token_hash, trainer_id, created_at, expires_at, used_at)
                VALUES (\(reset.tokenHash), \(reset.trainerID), \(reset.createdAt.timestamp), \
                \(reset.expiresAt.timestamp), \(reset.usedAt.timestamp))
                """)
        }
    }

    public func passwordResetTrainer(tokenHash: String, now: Date) async throws -> TrainerRecord? {
        try await withStoreErrors("read password reset") {
            try await liveResetTrainer(tokenHash: tokenHash, now: now, lock: false, on: nil)
        }
    }

    public func resetPassword(tokenHash: String, passwordHash: String, now: Date) async throws -> TrainerRecord? {
        try await transaction("reset password", conflict: "password reset conflict") { connection in
            // The reset's row is locked, so two uses of one link at once cannot both succeed.
            guard
                var trainer = try await self.liveResetTrainer(
                    tokenHash: tokenHash, now: now, lock: true, on: connection)
            else { return nil }
            try await self.fetch(
                "UPDATE password_resets SET used_at = \(now.timestamp) WHERE token_hash = \(tokenHash)", on: connection)
            try await self.fetch(
                "UPDATE trainers SET password_hash = \(passwordHash) WHERE id = \(trainer.id)", on: connection)
            try await self.fetch(
                """
                UPDATE auth_tokens SET revoked_at = \(now.timestamp)
                WHERE trainer_id = \(trainer.id) AND revoked_at IS NULL
                """, on: connection)
            trainer.passwordHash = passwordHash
            return trainer
        }
    }

    private func liveResetTrainer(tokenHash: String, now: Date, lock: Bool, on connection: PostgresConnection?)
        async throws -> TrainerRecord?
    {
        guard
            let trainerID = try await fetch(
                """
                SELECT trainer_id FROM password_resets
                WHERE token_hash = \(tokenHash) AND used_at IS NULL AND expires_at > \(now.timestamp)
                \(unescaped: lock ? "FOR UPDATE" : "")
                """, on: connection
            ).first?.decode(UUID.self)
        else { return nil }
        return try await fetch(
            "SELECT \(unescaped: TrainerColumn.list) FROM trainers WHERE id = \(trainerID)", on: connection
        ).first.map(TrainerRecord.init(postgres:))
    }
}
