/// The SQLite backend's `Migration006DataOwnership`, step for step: one-time password resets, and
/// the index that finds a session's idempotency keys when its client is erased.
enum Migration006DataOwnership {
    static let version = 6
    static let name = "data_ownership"

    static let statements = [
        """
        CREATE TABLE password_resets (
            token_hash TEXT        NOT NULL PRIMARY KEY,
            trainer_id UUID        NOT NULL REFERENCES trainers (id),
            created_at TIMESTAMPTZ NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL,
            used_at    TIMESTAMPTZ
        )
        """,
        "CREATE INDEX password_resets_trainer ON password_resets (trainer_id)",
        "CREATE INDEX idempotency_keys_session ON idempotency_keys (session_id)",
    ]

    /// Back to `005_hardening`.
    static let down = [
        "DROP INDEX idempotency_keys_session",
        "DROP TABLE password_resets",
    ]
}
