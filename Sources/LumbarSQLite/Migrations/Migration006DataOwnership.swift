/// What data ownership needs from the schema.
///
/// - `password_resets`: one-time links the person running the server makes for an account whose
///   password is lost. Only the token's hash is kept, with its expiry and when it was used.
/// - `idempotency_keys_session`: erasing a client deletes the keys of their sessions, found by
///   session id.
///
/// The PostgreSQL backend's `Migration006DataOwnership` is the same step.
enum Migration006DataOwnership {
    static let identifier = "006_data_ownership"

    static let sql = """
        CREATE TABLE password_resets (
            token_hash TEXT    NOT NULL PRIMARY KEY,
            trainer_id TEXT    NOT NULL REFERENCES trainers (id),
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            used_at    INTEGER
        ) STRICT;
        CREATE INDEX password_resets_trainer ON password_resets (trainer_id);
        CREATE INDEX idempotency_keys_session ON idempotency_keys (session_id);
        """

    /// Back to `005_hardening`.
    static let down = """
        DROP INDEX idempotency_keys_session;
        DROP TABLE password_resets;
        """
}
