/// What the hardening of the session routes needs from the schema.
///
/// - `session_logs.share_link_id`: the share link a session was logged through (NULL when the
///   trainer logged it), so a link can change next-morning pain only of its own sessions.
/// - `idempotency_keys`: the `Idempotency-Key` of each session POST with the session it stored,
///   per owner (`trainer:<id>` or `share:<link id>`), so a retry answers the first answer instead
///   of storing the session twice. Kept at least a day; the store forgets older keys as it goes.
/// - `health_checks`: one row that `/healthz` rewrites, because a database that answers reads
///   can still refuse writes (a read-only file, a full disk).
///
/// The PostgreSQL backend's `Migration005Hardening` is the same step.
enum Migration005Hardening {
    static let identifier = "005_hardening"

    static let sql = """
        ALTER TABLE session_logs ADD COLUMN share_link_id TEXT;
        CREATE TABLE idempotency_keys (
            owner        TEXT    NOT NULL,
            key          TEXT    NOT NULL,
            request_hash TEXT    NOT NULL,
            session_id   TEXT    NOT NULL,
            created_at   INTEGER NOT NULL,
            PRIMARY KEY (owner, key)
        ) STRICT;
        CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
        CREATE TABLE health_checks (
            id         INTEGER NOT NULL PRIMARY KEY,
            checked_at INTEGER NOT NULL
        ) STRICT;
        """

    /// Back to `004_session_history`.
    static let down = """
        DROP TABLE health_checks;
        DROP TABLE idempotency_keys;
        ALTER TABLE session_logs DROP COLUMN share_link_id;
        """
}
