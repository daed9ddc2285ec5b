/// The first schema: every table the `LumbarStore` protocols need.
///
/// It mirrors the SQLite backend's `Migration001Initial` table for table, column for column and
/// index for index; only the types are PostgreSQL's own:
/// - ids are `UUID` (lowercase TEXT in SQLite);
/// - instants are `TIMESTAMPTZ`, written rounded to the millisecond (INTEGER milliseconds in SQLite);
/// - JSON documents are TEXT, stored byte for byte as accepted (JSONB would reorder keys);
/// - booleans are BOOLEAN (INTEGER 0 or 1 in SQLite);
/// - enums are their Swift raw values as TEXT, without CHECK lists, as in SQLite.
///
/// Every row that belongs to a trainer carries `trainer_id`, and its foreign key to its client is
/// the pair `(trainer_id, client_id)`, so the database itself refuses a row whose trainer does not
/// own the client. That pair is also the shard key a distributed PostgreSQL would spread rows by.
///
/// PostgresNIO sends one statement per query, so the migration is a list of statements.
enum Migration001Initial {
    static let version = 1
    static let name = "initial"

    static let statements: [String] = [
        """
        CREATE TABLE trainers (
            id            UUID        NOT NULL PRIMARY KEY,
            email         TEXT        NOT NULL,
            name          TEXT        NOT NULL,
            password_hash TEXT        NOT NULL,
            created_at    TIMESTAMPTZ NOT NULL
        )
        """,
        // E-mail addresses are unique whatever their case; lookups use the same expression.
        "CREATE UNIQUE INDEX trainers_email_key ON trainers (lower(email))",

        """
        CREATE TABLE auth_tokens (
            token_hash TEXT        NOT NULL PRIMARY KEY,
            trainer_id UUID        NOT NULL REFERENCES trainers (id),
            kind       TEXT        NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL,
            revoked_at TIMESTAMPTZ
        )
        """,
        "CREATE INDEX auth_tokens_trainer ON auth_tokens (trainer_id)",

        // One row per attempt; rows older than a key's window are deleted as that key is counted.
        """
        CREATE TABLE rate_limit_attempts (
            id           BIGINT      NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            limit_key    TEXT        NOT NULL,
            attempted_at TIMESTAMPTZ NOT NULL
        )
        """,
        "CREATE INDEX rate_limit_attempts_key_time ON rate_limit_attempts (limit_key, attempted_at)",

        """
        CREATE TABLE clients (
            id         UUID        NOT NULL PRIMARY KEY,
            trainer_id UUID        NOT NULL REFERENCES trainers (id),
            name       TEXT        NOT NULL,
            age        INTEGER,
            notes      TEXT,
            status     TEXT        NOT NULL,
            created_at TIMESTAMPTZ NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL,
            -- The target of every child table's (trainer_id, client_id) foreign key.
            UNIQUE (trainer_id, id)
        )
        """,
        // The dashboard: a trainer's clients, newest first.
        "CREATE INDEX clients_trainer_updated ON clients (trainer_id, updated_at, id)",

        """
        CREATE TABLE assessments (
            id         UUID        NOT NULL PRIMARY KEY,
            trainer_id UUID        NOT NULL,
            client_id  UUID        NOT NULL,
            document   TEXT        NOT NULL,
            decision   TEXT        NOT NULL,
            reasons    TEXT        NOT NULL, -- JSON array of strings
            created_at TIMESTAMPTZ NOT NULL,
            FOREIGN KEY (trainer_id, client_id) REFERENCES clients (trainer_id, id)
        )
        """,
        "CREATE INDEX assessments_client_created ON assessments (trainer_id, client_id, created_at)",

        """
        CREATE TABLE clearances (
            id            UUID        NOT NULL PRIMARY KEY,
            trainer_id    UUID        NOT NULL,
            client_id     UUID        NOT NULL,
            assessment_id UUID        NOT NULL REFERENCES assessments (id),
            note          TEXT        NOT NULL,
            created_at    TIMESTAMPTZ NOT NULL,
            FOREIGN KEY (trainer_id, client_id) REFERENCES clients (trainer_id, id)
        )
        """,
        "CREATE INDEX clearances_client_created ON clearances (trainer_id, client_id, created_at)",
        "CREATE INDEX clearances_assessment ON clearances (assessment_id)",

        """
        CREATE TABLE program_versions (
            program_id    UUID        NOT NULL,
            version       INTEGER     NOT NULL,
            trainer_id    UUID        NOT NULL,
            client_id     UUID        NOT NULL,
            assessment_id UUID        REFERENCES assessments (id),
            document      TEXT        NOT NULL,
            change        TEXT        NOT NULL,
            active        BOOLEAN     NOT NULL,
            created_at    TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (program_id, version),
            FOREIGN KEY (trainer_id, client_id) REFERENCES clients (trainer_id, id)
        )
        """,
        "CREATE INDEX program_versions_client ON program_versions (trainer_id, client_id, active)",
        // At most one active version per client, enforced by the database, not just by the code.
        """
        CREATE UNIQUE INDEX program_versions_one_active ON program_versions (trainer_id, client_id)
            WHERE active
        """,
        "CREATE INDEX program_versions_assessment ON program_versions (assessment_id)",

        """
        CREATE TABLE session_logs (
            id              UUID        NOT NULL PRIMARY KEY,
            trainer_id      UUID        NOT NULL,
            client_id       UUID        NOT NULL,
            program_id      UUID,
            program_version INTEGER,
            date            TEXT        NOT NULL, -- YYYY-MM-DD, so text order is date order
            document        TEXT        NOT NULL,
            created_at      TIMESTAMPTZ NOT NULL,
            FOREIGN KEY (trainer_id, client_id) REFERENCES clients (trainer_id, id),
            FOREIGN KEY (program_id, program_version) REFERENCES program_versions (program_id, version)
        )
        """,
        // A client's log in date order stays an index range scan at millions of rows.
        "CREATE INDEX session_logs_client_date ON session_logs (trainer_id, client_id, date, created_at)",
        "CREATE INDEX session_logs_program ON session_logs (program_id, program_version)",

        """
        CREATE TABLE share_links (
            id         UUID        NOT NULL PRIMARY KEY,
            trainer_id UUID        NOT NULL,
            client_id  UUID        NOT NULL,
            token_hash TEXT        NOT NULL UNIQUE,
            created_at TIMESTAMPTZ NOT NULL,
            expires_at TIMESTAMPTZ NOT NULL,
            revoked_at TIMESTAMPTZ,
            FOREIGN KEY (trainer_id, client_id) REFERENCES clients (trainer_id, id)
        )
        """,
        "CREATE INDEX share_links_client ON share_links (trainer_id, client_id, created_at)",
    ]
}
