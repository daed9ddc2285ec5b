import Foundation
import GRDB
import LumbarStore

extension SQLiteStore {
    public func createTrainer(_ trainer: TrainerRecord) async throws {
        try await write("create trainer", conflict: "a trainer with this e-mail address already exists") { db in
            try db.cachedStatement(sql: Self.insertTrainerSQL).execute(
                arguments: StatementArguments(trainer.storedValues.map(\.sqlite)))
        }
    }

    /// Every column of `TrainerColumn`, in its order.
    static let insertTrainerSQL = insertSQL(into: "trainers", TrainerColumn.whole)

    public func trainer(email: String) async throws -> TrainerRecord? {
        try await read("read trainer") { db in
            // The same expression as the unique index, so the lookup uses it.
            try Row.fetchOne(
                db, sql: "SELECT \(TrainerColumn.list) FROM trainers WHERE lower(email) = lower(?)",
                arguments: [email]
            ).map(TrainerRecord.init(row:))
        }
    }

    public func trainer(id: UUID) async throws -> TrainerRecord? {
        try await read("read trainer") { db in
            try Row.fetchOne(
                db, sql: "SELECT \(TrainerColumn.list) FROM trainers WHERE id = ?", arguments: [id.sql]
            ).map(TrainerRecord.init(row:))
        }
    }

    public func hasTrainers() async throws -> Bool {
        try await read("count trainers") { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM trainers)") ?? false
        }
    }

    public func createToken(_ token: AuthTokenRecord) async throws {
        try await write("create token", conflict: "token already exists") { db in
            try db.cachedStatement(
                sql: """
                    INSERT INTO auth_tokens (token_hash, trainer_id, kind, created_at, expires_at, revoked_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                token.tokenHash, token.trainerID.sql, token.kind.rawValue, token.createdAt.sqlMilliseconds,
                token.expiresAt.sqlMilliseconds, token.revokedAt?.sqlMilliseconds,
            ])
        }
    }

    public func trainer(tokenHash: String, kind: TokenKind, now: Date) async throws -> TrainerRecord? {
        // Every signed-in request starts here, and it is one statement: an inline read when a
        // connection is free (see `InlineReaders`).
        let arguments: StatementArguments = [tokenHash, kind.rawValue, now.sqlMilliseconds]
        let read: @Sendable (Database) throws -> TrainerRecord? = { db in
            try Row.fetchOne(db.cachedStatement(sql: Self.trainerByTokenSQL), arguments: arguments)
                .map(TrainerRecord.init(row:))
        }
        if let found = try inlineRead("read token", read) { return found }
        return try await unsafeRead("read token", read)
    }

    /// The trainer of a live token (bound: its hash, its kind, now in milliseconds), the trainer's
    /// columns first in the row (`TrainerColumn.whole`).
    static let trainerByTokenSQL = """
        SELECT \(TrainerColumn.whole.sql(alias: "t"))
        FROM auth_tokens a JOIN trainers t ON t.id = a.trainer_id
        WHERE a.token_hash = ? AND a.kind = ? AND a.revoked_at IS NULL AND a.expires_at > ?
        """

    public func revokeToken(hash: String, at: Date) async throws {
        // Unknown or already revoked tokens are left alone: logging out twice is not an error.
        try await write("revoke token", conflict: "token conflict") { db in
            try db.cachedStatement(
                sql: "UPDATE auth_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"
            ).execute(arguments: [at.sqlMilliseconds, hash])
        }
    }

    public func recordAttempt(key: String, at: Date, windowStart: Date) async throws -> Int {
        try await write("record attempt", conflict: "attempt conflict") { db in
            // Forgetting the key's attempts from before the window keeps the table as small as the
            // traffic of one window.
            try db.cachedStatement(sql: "DELETE FROM rate_limit_attempts WHERE limit_key = ? AND attempted_at < ?")
                .execute(arguments: [key, windowStart.sqlMilliseconds])
            try db.cachedStatement(sql: "INSERT INTO rate_limit_attempts (limit_key, attempted_at) VALUES (?, ?)")
                .execute(arguments: [key, at.sqlMilliseconds])
            return try Int.fetchOne(
                db, sql: "SELECT count(*) FROM rate_limit_attempts WHERE limit_key = ? AND attempted_at >= ?",
                arguments: [key, windowStart.sqlMilliseconds]) ?? 0
        }
    }

    public func attemptCounts(keys: [String], since: Date) async throws -> [String: Int] {
        guard !keys.isEmpty else { return [:] }
        return try await read("count attempts") { db in
            var counts = Dictionary(keys.map { ($0, 0) }, uniquingKeysWith: { first, _ in first })
            let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ", ")
            var arguments = StatementArguments(keys)
            arguments += [since.sqlMilliseconds]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT limit_key, count(*) FROM rate_limit_attempts
                    WHERE limit_key IN (\(placeholders)) AND attempted_at >= ? GROUP BY limit_key
                    """,
                arguments: arguments)
            for row in rows { counts[row[0] as String] = row[1] as Int }
            return counts
        }
    }

    public func pruneAttempts(before: Date) async throws -> Int {
        try await write("prune attempts", conflict: "attempt conflict") { db in
            try db.cachedStatement(sql: "DELETE FROM rate_limit_attempts WHERE attempted_at < ?")
                .execute(arguments: [before.sqlMilliseconds])
            return db.changesCount
        }
    }
}
