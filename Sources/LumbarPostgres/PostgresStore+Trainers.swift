import Foundation
import LumbarStore
import PostgresNIO

extension PostgresStore {
    public func createTrainer(_ trainer: TrainerRecord) async throws {
        try await withStoreErrors("create trainer", conflict: "a trainer with this e-mail address already exists") {
            try await fetch(PostgresQuery(insert: Self.insertTrainerSQL, trainer.storedValues))
        }
    }

    /// Every column of `TrainerColumn`, in its order.
    static let insertTrainerSQL = insertSQL(into: "trainers", TrainerColumn.whole)

    public func trainer(email: String) async throws -> TrainerRecord? {
        try await withStoreErrors("read trainer") {
            // The same expression as the unique index, so the lookup uses it.
            try await fetch(
                "SELECT \(unescaped: TrainerColumn.list) FROM trainers WHERE lower(email) = lower(\(email))"
            ).first.map(TrainerRecord.init(postgres:))
        }
    }

    public func trainer(id: UUID) async throws -> TrainerRecord? {
        try await withStoreErrors("read trainer") {
            try await fetch("SELECT \(unescaped: TrainerColumn.list) FROM trainers WHERE id = \(id)")
                .first.map(TrainerRecord.init(postgres:))
        }
    }

    public func hasTrainers() async throws -> Bool {
        try await withStoreErrors("count trainers") {
            try await fetch("SELECT EXISTS (SELECT 1 FROM trainers)").first?.decode(Bool.self) ?? false
        }
    }

    public func createToken(_ token: AuthTokenRecord) async throws {
        try await withStoreErrors("create token", conflict: "token already exists") {
            try await fetch(
                """
                INSERT INTO auth_tokens (token_hash, trainer_id, kind, created_at, expires_at, revoked_at)
                VALUES (\(token.tokenHash), \(token.trainerID), \(token.kind.rawValue), \(token.createdAt.timestamp), \
                \(token.expiresAt.timestamp), \(token.revokedAt.timestamp))
                """)
        }
    }

    public func trainer(tokenHash: String, kind: TokenKind, now: Date) async throws -> TrainerRecord? {
        // Every signed-in request starts here: a prepared statement, parsed and planned once per
        // connection.
        try await withStoreErrors("read token") {
            var found: TrainerRecord?
            for try await row in try await client.execute(
                TrainerByToken(tokenHash: tokenHash, kind: kind.rawValue, now: now.timestamp), logger: logger)
            {
                found = try TrainerRecord(postgres: row)
            }
            return found
        }
    }

    public func revokeToken(hash: String, at: Date) async throws {
        // Unknown or already revoked tokens are left alone: logging out twice is not an error.
        try await withStoreErrors("revoke token", conflict: "token conflict") {
            try await fetch(
                """
                UPDATE auth_tokens SET revoked_at = \(at.timestamp)
                WHERE token_hash = \(hash) AND revoked_at IS NULL
                """)
        }
    }

    public func recordAttempt(key: String, at: Date, windowStart: Date) async throws -> Int {
        try await transaction("record attempt", conflict: "attempt conflict") { connection in
            // Forgetting the key's attempts from before the window keeps the table as small as the
            // traffic of one window.
            try await self.fetch(
                """
                DELETE FROM rate_limit_attempts
                WHERE limit_key = \(key) AND attempted_at < \(windowStart.timestamp)
                """, on: connection)
            try await self.fetch(
                "INSERT INTO rate_limit_attempts (limit_key, attempted_at) VALUES (\(key), \(at.timestamp))",
                on: connection)
            let rows = try await self.fetch(
                """
                SELECT count(*) FROM rate_limit_attempts
                WHERE limit_key = \(key) AND attempted_at >= \(windowStart.timestamp)
                """, on: connection)
            return try rows.first?.decode(Int.self) ?? 0
        }
    }

    public func attemptCounts(keys: [String], since: Date) async throws -> [String: Int] {
        guard !keys.isEmpty else { return [:] }
        return try await withStoreErrors("count attempts") {
            var counts = Dictionary(keys.map { ($0, 0) }, uniquingKeysWith: { first, _ in first })
            let rows = try await fetch(
                """
                SELECT limit_key, count(*) FROM rate_limit_attempts
                WHERE limit_key = ANY(\(keys)) AND attempted_at >= \(since.timestamp) GROUP BY limit_key
                """)
            for row in rows {
                let (key, count) = try row.decode((String, Int).self)
                counts[key] = count
            }
            return counts
        }
    }

    public func pruneAttempts(before: Date) async throws -> Int {
        try await withStoreErrors("prune attempts") {
            let rows = try await fetch(
                """
                WITH forgotten AS (DELETE FROM rate_limit_attempts WHERE attempted_at < \(before.timestamp) RETURNING 1)
                SELECT count(*) FROM forgotten
                """)
            return try rows.first?.decode(Int.self) ?? 0
        }
    }
}

/// $1 token hash, $2 now, $3 kind: the trainer of a live token, its columns first in the row
/// (`TrainerColumn.whole`).
struct TrainerByToken: PostgresPreparedStatement {
    static let sql = """
        SELECT \(TrainerColumn.whole.sql(alias: "t"))
        FROM auth_tokens a JOIN trainers t ON t.id = a.trainer_id
        WHERE a.token_hash = $1 AND a.revoked_at IS NULL AND a.expires_at > $2 AND a.kind = $3
        """
    static var bindingDataTypes: [PostgresDataType] { [.text, .timestamptz, .text] }

    let tokenHash: String
    let kind: String
    let now: PostgresTimestamp

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 3)
        bindings.append(tokenHash)
        bindings.append(now)
        bindings.append(kind)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) -> PostgresRow { row }
}
