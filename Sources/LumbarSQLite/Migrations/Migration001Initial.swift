/// The first schema: every table the `LumbarStore` protocols need.
///
/// This SQL is the one readable statement of the schema; the PostgreSQL backend mirrors it table
/// for table and column for column. Conventions, chosen so the two stay alike:
/// - ids are UUIDs as lowercase TEXT (`uuid` in PostgreSQL);
/// - instants are INTEGER milliseconds since 1970-01-01T00:00:00Z (`*_at` columns): exact,
///   ordered, and free of the REAL rounding that would make `expires_at > ?` flaky at the edges;
/// - JSON documents are TEXT, stored exactly as accepted;
/// - booleans are INTEGER 0 or 1;
/// - enums are their Swift raw values as TEXT, without CHECK lists, because SQLite can only change
///   a CHECK by rebuilding the table and the vocabularies will grow.
///
/// Every row that belongs to a trainer carries `trainer_id`, and its foreign key to its client is
/// the pair `(trainer_id, client_id)`, so the database itself refuses a row whose trainer does not
/// own the client. STRICT tables make SQLite reject values of the wrong type, as PostgreSQL does.
enum Migration001Initial {
    static let identifier = "001_initial"

    static let sql = """
        CREATE TABLE trainers (
            id            TEXT    NOT NULL PRIMARY KEY,
            email         TEXT    NOT NULL,
            name          TEXT    NOT NULL,
            password_hash TEXT    NOT NULL,
            created_at    INTEGER NOT NULL
        ) STRICT;
        -- E-mail addresses are unique whatever their case; lookups use the same expression.
        CREATE UNIQUE INDEX trainers_email_key ON trainers (lower(email));

        CREATE TABLE auth_tokens (
            token_hash TEXT    NOT NULL PRIMARY KEY,
            trainer_id TEXT    NOT NULL REFERENCES trainers (id),
            kind       TEXT    NOT NULL,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            revoked_at INTEGER
        ) STRICT;
        CREATE INDEX auth_tokens_trainer ON auth_tokens (trainer_id);

        -- One row per attempt; rows older than a key's window are deleted as that key is counted.
        CREATE TABLE rate_limit_attempts (
            id           INTEGER NOT NULL PRIMARY KEY,
            limit_key    TEXT    NOT NULL,
            attempted_at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX rate_limit_attempts_key_time ON rate_limit_attempts (limit_key, attempted_at);

        CREATE TABLE clients (
            id         TEXT    NOT NULL PRIMARY KEY,
            trainer_id TEXT    NOT NULL REFERENCES trainers (id),
            name       TEXT    NOT NULL,
            age        INTEGER,
            notes      TEXT,
            status     TEXT    NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            -- The target of every child table's (trainer_id, client_id) foreign key.
            UNIQUE (trainer_id, id)
        ) STRICT;
        -- The dashboard: a trainer's clients, newest first.
        CREATE INDEX clients_trainer_updated ON clients (trainer_id, updated_at, id);

        CREATE TABLE assessments (
            id         TEXT    NOT NULL PRIMARY KEY,
            trainer_id TEXT    NOT NULL,
            client_id  TEXT    NOT NULL,
            document   TEXT    NOT NULL,
            decision   TEXT    NOT NULL,
            reasons    TEXT    NOT NULL, -- JSON array of strings
            created_at INTEGER NOT NULL,
            FOREIGN KEY (trainer_id, client_id) REFERENCES clients (trainer_id, id)
        ) STRICT;
        CREATE INDEX assessments_client_created ON assessments (trainer_id, client_id, created_at);

        CREATE TABLE clearances (
            id            TEXT    NOT NULL PRIMARY KEY,
            trainer_id    TEXT    NOT NULL,
            client_id     TEXT    NOT NULL,
            assessment_id TEXT    NOT NULL REFERENCES assessments (id),
            note          TEXT    NOT NULL,
            created_at    INTEGER NOT NULL,
            FOREIGN KEY (trainer_id, client_id) REFERENCES clients (trainer_id, id)
        ) STRICT;
        CREATE INDEX clearances_client_created ON clearances (trainer_id, client_id, created_at);
        CREATE INDEX clearances_assessment ON clearances (assessment_id);

        CREATE TABLE program_versions (
            program_id    TEXT    NOT NULL,
            version       INTEGER NOT NULL,
            trainer_id    TEXT    NOT NULL,
            client_id     TEXT    NOT NULL,
            assessment_id TEXT    REFERENCES assessments (id),
            document      TEXT    NOT NULL,
            change        TEXT    NOT NULL,
            active        INTEGER NOT NULL CHECK (active IN (0, 1)),
            created_at    INTEGER NOT NULL,
            PRIMARY KEY (program_id, version),
            FOREIGN KEY (trainer_id, client_id) REFERENCES clients (trainer_id, id)
        ) STRICT;
        CREATE INDEX program_versions_client ON program_versions (trainer_id, client_id, active);
        -- At most one active version per client, enforced by the database, not just by the code.
        CREATE UNIQUE INDEX program_versions_one_active ON program_versions (trainer_id, client_id)
            WHERE active = 1;
        CREATE INDEX program_versions_assessment ON program_versions (assessment_id);

        CREATE TABLE session_logs (
            id              TEXT    NOT NULL PRIMARY KEY,
            trainer_id      TEXT    NOT NULL,
            client_id       TEXT    NOT NULL,
            program_id      TEXT,
            program_version INTEGER,
            date            TEXT    NOT NULL, -- YYYY-MM-DD, so text order is date order
            document        TEXT    NOT NULL,
            created_at      INTEGER NOT NULL,
            FOREIGN KEY (trainer_id, client_id) REFERENCES clients (trainer_id, id),
            FOREIGN KEY (program_id, program_version) REFERENCES program_versions (program_id, version)
        ) STRICT;
        -- A client's log in date order stays an index range scan at millions of rows.
        CREATE INDEX session_logs_client_date ON session_logs (trainer_id, client_id, date, created_at);
        CREATE INDEX session_logs_program ON session_logs (program_id, program_version);

        CREATE TABLE share_links (
            id         TEXT    NOT NULL PRIMARY KEY,
            trainer_id TEXT    NOT NULL,
            client_id  TEXT    NOT NULL,
            token_hash TEXT    NOT NULL UNIQUE,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            revoked_at INTEGER,
            FOREIGN KEY (trainer_id, client_id) REFERENCES clients (trainer_id, id)
        ) STRICT;
        CREATE INDEX share_links_client ON share_links (trainer_id, client_id, created_at);
        """
}
