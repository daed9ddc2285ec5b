/// The SQLite backend's `Migration005Hardening`, step for step: the share link a session was logged
/// through, the idempotency keys of session POSTs, and the row `/healthz` writes.
enum Migration005Hardening {
    static let version = 5
    static let name = "hardening"

    static let statements = [
        "ALTER TABLE session_logs ADD COLUMN share_link_id UUID",
        """
        CREATE TABLE idempotency_keys (
            owner        TEXT        NOT NULL,
            key          TEXT        NOT NULL,
            request_hash TEXT        NOT NULL,
            session_id   UUID        NOT NULL,
            created_at   TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (owner, key)
        )
        """,
        "CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at)",
        """
        CREATE TABLE health_checks (
            id         INTEGER     NOT NULL PRIMARY KEY,
            checked_at TIMESTAMPTZ NOT NULL
        )
        """,
    ]

    /// Back to `004_session_history`.
    static let down = [
        "DROP TABLE health_checks",
        "DROP TABLE idempotency_keys",
        "ALTER TABLE session_logs DROP COLUMN share_link_id",
    ]
}
