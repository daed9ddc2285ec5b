import Foundation
import GRDB
import LumbarStore
import LumbarTestSupport
import Testing

@testable import LumbarSQLite

@Suite("SQLite schema and settings")
struct SQLiteSchemaTests {
    @Test("a file database runs in WAL mode with foreign keys on")
    func fileSettings() async throws {
        let database = try TemporaryDatabase()
        defer { database.remove() }
        let store = try SQLiteStore(path: database.path)
        try await store.migrate()

        let (journal, readerForeignKeys) = try await store.writer.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        let (writerForeignKeys, synchronous) = try await store.writer.write { db in
            (try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), try Int.fetchOne(db, sql: "PRAGMA synchronous"))
        }
        #expect(journal == "wal")
        #expect(readerForeignKeys == 1)
        #expect(writerForeignKeys == 1)
        // NORMAL (1) on the writer: with WAL, a commit survives a process crash.
        #expect(synchronous == 1)
        try await store.close()
    }

    @Test("an in-memory database has foreign keys on")
    func memorySettings() async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        #expect(try await store.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") } == 1)
    }

    @Test("a new database has no trainer until one is created")
    func hasTrainers() async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        #expect(try await store.hasTrainers() == false)
        _ = try await StoreConformance.newTrainer(in: store)
        #expect(try await store.hasTrainers())
    }

    @Test("migrating twice is a no-op")
    func migrateTwice() async throws {
        let database = try TemporaryDatabase()
        defer { database.remove() }
        let store = try SQLiteStore(path: database.path)
        #expect(try await store.schemaVersion() == 0)
        try await store.migrate()
        let schema = try await Self.schemaSQL(store)
        #expect(try await store.appliedMigrations() == SQLiteStore.migrationIdentifiers)
        #expect(try await store.schemaVersion() == SQLiteStore.migrationIdentifiers.count)

        let trainer = try await StoreConformance.newTrainer(in: store)
        try await store.migrate()
        try await store.close()

        // Again from a fresh process's point of view: a new pool on the same file.
        let reopened = try SQLiteStore(path: database.path)
        try await reopened.migrate()
        #expect(try await Self.schemaSQL(reopened) == schema)
        #expect(try await reopened.appliedMigrations() == SQLiteStore.migrationIdentifiers)
        #expect(try await reopened.trainer(id: trainer.id).ms == trainer.ms)
        try await reopened.close()
    }

    // GRDB has no down-migrations (see SQLiteStore+Migrations.swift). Instead, each migration is
    // checked from the database an older release left behind: migrate up to it, write data, then
    // upgrade to the latest and check the data and the suite: one step per migration.
    @Test("a database left at any earlier migration upgrades cleanly", arguments: SQLiteStore.migrationIdentifiers)
    func upgradeFrom(_ identifier: String) async throws {
        let database = try TemporaryDatabase()
        defer { database.remove() }
        let old = try SQLiteStore(path: database.path)
        try await old.migrate(upTo: identifier)
        #expect(try await old.appliedMigrations().last == identifier)
        // The first schema already has trainers and clients; later migrations must keep them.
        let trainer = try await StoreConformance.newTrainer(in: old)
        let client = try await StoreConformance.newClient(in: old, trainerID: trainer.id)
        try await old.close()

        let upgraded = try SQLiteStore(path: database.path)
        try await upgraded.migrate()
        #expect(try await upgraded.appliedMigrations() == SQLiteStore.migrationIdentifiers)
        #expect(try await upgraded.trainer(id: trainer.id).ms == trainer.ms)
        #expect(try await upgraded.client(id: client.id, trainerID: trainer.id).ms == client.ms)
        await StoreConformance.runAll(on: upgraded)
        try await upgraded.close()
    }

    // Down and up again, from the latest schema to each earlier step: the schema is then exactly
    // what an older release made, the data it knew stays, and upgrading again restores the latest.
    @Test(
        "migrating down to any step gives that step's schema, keeps the data and upgrades again",
        arguments: SQLiteStore.migrationIdentifiers)
    func downTo(_ identifier: String) async throws {
        let older = try SQLiteStore.inMemory()
        try await older.migrate(upTo: identifier)
        let olderSchema = try await Self.schemaSQL(older)
        let latest = try SQLiteStore.inMemory()
        try await latest.migrate()
        let latestSchema = try await Self.schemaSQL(latest)

        let database = try TemporaryDatabase()
        defer { database.remove() }
        let store = try SQLiteStore(path: database.path)
        try await store.migrate()
        let trainer = try await StoreConformance.newTrainer(in: store)
        let client = try await StoreConformance.newClient(in: store, trainerID: trainer.id)
        try await store.migrate(downTo: identifier)
        #expect(try await store.appliedMigrations().last == identifier)
        #expect(try await Self.schemaSQL(store) == olderSchema)
        #expect(try await store.client(id: client.id, trainerID: trainer.id).ms == client.ms)

        try await store.migrate()
        #expect(try await store.appliedMigrations() == SQLiteStore.migrationIdentifiers)
        #expect(try await Self.schemaSQL(store) == latestSchema)
        #expect(try await store.client(id: client.id, trainerID: trainer.id).ms == client.ms)
        await #expect(throws: StoreError.self) { try await store.migrate(downTo: "999_unknown") }
        try await store.close()
    }

    @Test("the schema has every table and the indexes for its access paths")
    func tablesAndIndexes() async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        let names = try await store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
        }
        for table in [
            "trainers", "auth_tokens", "rate_limit_attempts", "clients", "assessments", "clearances",
            "program_versions", "session_logs", "share_links",
        ] {
            #expect(names.contains(table), "missing table \(table)")
        }
        for index in [
            "trainers_email_key", "clients_trainer_updated", "session_logs_client_pain", "program_versions_client",
            "program_versions_one_active", "rate_limit_attempts_key_time",
        ] {
            #expect(names.contains(index), "missing index \(index)")
        }
    }

    @Test("the client list and a client's sessions are read through their indexes")
    func queryPlans() async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        let plans = try await store.writer.read { db in
            try [
                "SELECT * FROM clients WHERE trainer_id = 'a' ORDER BY updated_at DESC, id DESC LIMIT 50",
                "SELECT * FROM session_logs WHERE trainer_id = 'a' AND client_id = 'b' ORDER BY date, created_at, id",
                "SELECT * FROM program_versions WHERE trainer_id = 'a' AND client_id = 'b' AND active = 1",
                "SELECT * FROM trainers WHERE lower(email) = lower('x')",
            ].map { sql in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }.joined(
                    separator: "; ")
            }
        }
        #expect(plans[0].contains("clients_trainer_updated"), "\(plans[0])")
        // The whole order is in the index: no sort step after the index read.
        #expect(plans[1].contains("session_logs_client_pain"), "\(plans[1])")
        #expect(!plans[1].contains("TEMP B-TREE"), "\(plans[1])")
        #expect(plans[2].contains("USING INDEX program_versions"), "\(plans[2])")
        #expect(plans[3].contains("trainers_email_key"), "\(plans[3])")
    }

    @Test(
        "each dashboard query reads only through indexes, seeking per client, with no sort step",
        arguments: [
            ("clients", DashboardSQL.clients, ["clients_trainer_updated"]),
            ("programs", DashboardSQL.programs, ["program_versions_client", "clients_trainer_updated"]),
            (
                "recent sessions", DashboardSQL.recentSessions,
                [
                    "COVERING INDEX session_logs_client_pain (trainer_id=? AND client_id=? AND date>?)",
                    "clients_trainer_updated",
                ]
            ),
            (
                "latest sessions", DashboardSQL.olderLatestSessions,
                [
                    "clients_trainer_updated", "session_logs_client_pain (trainer_id=? AND client_id=?)",
                    "sqlite_autoindex_session_logs_1 (id=?)",
                ]
            ),
            (
                "severe documents", DashboardSQL.severeDocuments,
                ["session_logs_client_pain (trainer_id=? AND client_id=? AND date>?)", "clients_trainer_updated"]
            ),
        ])
    func dashboardPlans(_ name: String, _ sql: String, _ expected: [String]) async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        // ?4 (since) belongs to the session queries only, ?5 (the pain during that needs the
        // document) to the documents' query.
        let arguments: StatementArguments =
            sql.contains("?5")
            ? ["a", "%x%", "active", "2026-03-01", 8]
            : sql.contains("?4") ? ["a", "%x%", "active", "2026-03-01"] : ["a", "%x%", "active"]
        let steps = try await store.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
        let plan = steps.joined(separator: "; ")
        for index in expected {
            #expect(plan.contains(index), "\(name): \(plan)")
        }
        // Every table is searched through an index (SEARCH), never scanned whole, and nothing is sorted.
        #expect(!steps.contains { $0.hasPrefix("SCAN") }, "\(name): \(plan)")
        #expect(!plan.contains("TEMP B-TREE"), "\(name): \(plan)")
    }

    @Test("the database itself refuses a row whose trainer does not own its client")
    func compositeForeignKey() async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        let owner = try await StoreConformance.newTrainer(in: store)
        let stranger = try await StoreConformance.newTrainer(in: store)
        let client = try await StoreConformance.newClient(in: store, trainerID: owner.id)
        await #expect(throws: DatabaseError.self) {
            try await store.writer.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO share_links (id, trainer_id, client_id, token_hash, created_at, expires_at)
                        VALUES (?, ?, ?, 'h', 0, 1)
                        """,
                    arguments: [UUID().sql, stranger.id.sql, client.id.sql])
            }
        }
    }

    @Test("the database itself refuses a second active program version for a client")
    func oneActiveVersion() async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        let trainer = try await StoreConformance.newTrainer(in: store)
        let client = try await StoreConformance.newClient(in: store, trainerID: trainer.id)
        try await store.addProgramVersion(StoreConformance.makeProgram(for: client))
        let error = await #expect(throws: DatabaseError.self) {
            try await store.writer.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO program_versions
                            (program_id, version, trainer_id, client_id, document, change, active, created_at)
                        VALUES (?, 1, ?, ?, '{}', 'planned', 1, 0)
                        """,
                    arguments: [UUID().sql, trainer.id.sql, client.id.sql])
            }
        }
        #expect(error?.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE)
    }

    @Test("dates are stored as integer milliseconds and ids as lowercase text")
    func storedForms() async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        var trainer = StoreConformance.makeTrainer()
        trainer.createdAt = Date(timeIntervalSince1970: 1_767_225_600.1234)
        try await store.createTrainer(trainer)
        let id = trainer.id.uuidString.lowercased()
        let stored = try await store.writer.read { db in
            try Row.fetchOne(
                db, sql: "SELECT id, typeof(created_at) AS type, created_at FROM trainers WHERE id = ?",
                arguments: [id]
            ).map { row in (id: row["id"] as String, type: row["type"] as String, createdAt: row["created_at"] as Int64)
            }
        }
        #expect(stored?.type == "integer")
        #expect(stored?.createdAt == 1_767_225_600_123)
        #expect(stored?.id == trainer.id.uuidString.lowercased())
    }

    @Test("pruning rate-limit attempts reports how many it forgot")
    func pruneCount() async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        try await StoreConformance.rateLimitPruningCount(store)
    }

    @Test("an id's text form is Foundation's, lowercased, and reads back to the same id")
    func idText() {
        for _ in 0..<1_000 {
            let id = UUID()
            #expect(id.sql == id.uuidString.lowercased())
            #expect(UUID(sqlText: id.sql) == id)
        }
        let edge = UUID(uuid: (0, 0x0f, 0xf0, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xab, 0xcd))
        #expect(edge.sql == "000ff0ff-0000-0000-0000-00000000abcd")
    }

    @Test("ids read back from their text form, in either case, and malformed text is refused")
    func uuidText() {
        for _ in 0..<100 {
            let id = UUID()
            #expect(UUID(sqlText: id.sql) == id)
            #expect(UUID(sqlText: id.uuidString) == id)
        }
        for bad in [
            "", "not-a-uuid", "0123456789abcdef0123456789abcdef0123", "01234567-89ab-cdef-0123-456789abcdeg",
            "01234567-89ab-cdef-0123+456789abcdef", "01234567-89ab-cdef-0123-456789abcde",
            "é1234567-89ab-cdef-0123-456789abcde",
        ] {
            #expect(UUID(sqlText: bad) == nil, "\(bad)")
            #expect(UUID(uuidString: bad) == nil, "Foundation refuses \(bad) too")
        }
    }

    @Test("a failure other than a conflict is reported as unavailable")
    func unavailable() async throws {
        let store = try SQLiteStore.inMemory()
        // Not migrated: there is no trainers table.
        let error = await #expect(throws: StoreError.self) { _ = try await store.trainer(id: UUID()) }
        guard case .unavailable(let message) = error else {
            Issue.record("expected unavailable, got \(String(describing: error))")
            return
        }
        #expect(message.contains("read trainer"))
    }

    /// The schema's SQL as SQLite records it, to compare before and after a second migration.
    static func schemaSQL(_ store: SQLiteStore) async throws -> [String] {
        try await store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
        }
    }
}
