import Foundation
import GRDB
import LumbarSQLite
import LumbarStore
import LumbarTestSupport
import Synchronization
import Testing

@testable import LumbarCLI

/// `lumbar backup` and `lumbar restore`: a consistent copy under load, every acknowledged
/// session kept, and a database with data replaced only on purpose.
@Suite struct BackupCommandTests {
    /// A migrated SQLite file with one trainer and client, in a fresh directory.
    static func withDatabase(
        _ body: (_ directory: URL, _ path: String, _ store: SQLiteStore, _ client: ClientRecord) async throws -> Void
    ) async throws {
        try await DemoCommandTests.withDirectory { directory in
            let path = directory.appendingPathComponent("lumbar.sqlite").path
            let store = try SQLiteStore(path: path)
            try await store.migrate()
            let trainer = try await StoreConformance.newTrainer(in: store)
            let client = try await StoreConformance.newClient(in: store, trainerID: trainer.id)
            try await body(directory, path, store, client)
        }
    }

    @Test func aBackupUnderWriteLoadHoldsEverySessionAcknowledgedBeforeItAndRestores() async throws {
        try await Self.withDatabase { directory, path, store, client in
            let acknowledged = Mutex<[UUID]>([])
            let stop = Atomic<Bool>(false)
            let writer = Task {
                var day = 0
                while !stop.load(ordering: .relaxed) {
                    day += 1
                    let session = StoreConformance.makeSession(
                        for: client, date: "2026-11-\(10 + day % 20)", createdAt: StoreConformance.at(Double(day)))
                    try await store.addSession(session)
                    acknowledged.withLock { $0.append(session.id) }
                }
            }
            while acknowledged.withLock({ $0.count }) < 300 { try await Task.sleep(for: .milliseconds(5)) }
            let before = Set(acknowledged.withLock { $0 })
            let backupPath = directory.appendingPathComponent("backup.sqlite").path
            let backup = await LumbarCLI.runAsync(["backup", "--database", "sqlite://\(path)", "--to", backupPath])
            stop.store(true, ordering: .relaxed)
            try await writer.value
            #expect(backup.exitCode == 0, "\(backup.stderr)")
            #expect(backup.stdout.contains("Backed up \(path) to \(backupPath): 1 trainers"))
            // Still writing while it copied: more sessions exist now than the backup may hold.
            #expect(acknowledged.withLock { $0.count } > before.count)
            try await store.close()

            let restoredPath = directory.appendingPathComponent("restored.sqlite").path
            let restore = await LumbarCLI.runAsync([
                "restore", "--database", "sqlite://\(restoredPath)", "--from", backupPath,
            ])
            #expect(restore.exitCode == 0, "\(restore.stderr)")
            let restored = try SQLiteStore(path: restoredPath)
            let ids = Set(try await restored.allSessions(clientID: client.id, trainerID: client.trainerID).map(\.id))
            #expect(before.isSubset(of: ids), "every session acknowledged before the backup is in it")
            #expect(try await restored.client(id: client.id, trainerID: client.trainerID)?.name == client.name)
            try await restored.close()
        }
    }

    @Test func aCleanCloseLeavesEveryWriteInTheMainFile() async throws {
        try await Self.withDatabase { directory, path, store, client in
            for day in 1...20 {
                try await store.addSession(
                    StoreConformance.makeSession(
                        for: client, date: "2026-11-\(day + 9)", createdAt: StoreConformance.at(Double(day))))
            }
            // Another connection stays open (as one of `serve` did at SIGTERM), so closing the store
            // is not the file's last close, which is when SQLite would move the WAL in by itself.
            let other = try DatabaseQueue(path: path)
            try await store.close()
            // The main file alone, as a plain copy would take it after the server stopped.
            let copy = directory.appendingPathComponent("copy.sqlite").path
            defer { try? other.close() }
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            #expect(try SQLiteStore.backupContents(atPath: copy) == (trainers: 1, sessions: 20))
        }
    }

    @Test func restoreReplacesADatabaseWithDataOnlyWithForce() async throws {
        try await Self.withDatabase { directory, path, store, client in
            try await store.addSession(
                StoreConformance.makeSession(for: client, date: "2026-11-20", createdAt: StoreConformance.at(1)))
            let backupPath = directory.appendingPathComponent("backup.sqlite").path
            #expect(
                await LumbarCLI.runAsync(["backup", "--database", "sqlite://\(path)", "--to", backupPath]).exitCode == 0
            )
            // The live database gains a trainer after the backup.
            _ = try await StoreConformance.newTrainer(in: store)
            try await store.close()

            let refused = await LumbarCLI.runAsync(["restore", "--database", "sqlite://\(path)", "--from", backupPath])
            #expect(refused.exitCode == 2)
            #expect(refused.stderr.contains("already holds 2 trainer(s); add --force"))
            #expect(try SQLiteStore.backupContents(atPath: path).trainers == 2, "nothing was touched")

            let forced = await LumbarCLI.runAsync([
                "restore", "--database", "sqlite://\(path)", "--from", backupPath, "--force",
            ])
            #expect(forced.exitCode == 0, "\(forced.stderr)")
            #expect(try SQLiteStore.backupContents(atPath: path) == (trainers: 1, sessions: 1))
            // The restored file opens, migrates and serves reads.
            let restored = try SQLiteStore(path: path)
            try await restored.migrate()
            #expect(try await restored.allSessions(clientID: client.id, trainerID: client.trainerID).count == 1)
            try await restored.close()
        }
    }

    @Test func badInputIsNamedAndExitsWith2() async throws {
        try await DemoCommandTests.withDirectory { directory in
            let missing = directory.appendingPathComponent("missing.sqlite").path
            let noSource = await LumbarCLI.runAsync(["backup", "--database", "sqlite://\(missing)", "--to", "/tmp/x"])
            #expect(noSource.exitCode == 2 && noSource.stderr.contains("does not exist"))
            let notABackup = directory.appendingPathComponent("notes.txt").path
            try "hello".write(toFile: notABackup, atomically: true, encoding: .utf8)
            let bad = await LumbarCLI.runAsync([
                "restore", "--database", "sqlite://\(directory.path)/new.sqlite", "--from", notABackup,
            ])
            #expect(bad.exitCode == 2 && bad.stderr.contains("--from:"))
            let postgres = await LumbarCLI.runAsync([
                "restore", "--database", "postgres://lumbar@127.0.0.1/db", "--from", notABackup,
            ])
            #expect(postgres.exitCode == 2 && postgres.stderr.contains("pg_restore"))
            #expect(!FileManager.default.fileExists(atPath: "\(directory.path)/new.sqlite"))
        }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["LUMBAR_TEST_POSTGRES_URL"] != nil))
    func aPostgreSQLBackupIsAPgDumpArchive() async throws {
        let url = try #require(ProcessInfo.processInfo.environment["LUMBAR_TEST_POSTGRES_URL"])
        try await DemoCommandTests.withDirectory { directory in
            let file = directory.appendingPathComponent("lumbar.dump").path
            let result = await LumbarCLI.runAsync(["backup", "--database", url, "--to", file])
            #expect(result.exitCode == 0, "\(result.stderr)")
            let head = try #require(FileManager.default.contents(atPath: file)).prefix(5)
            #expect(String(decoding: head, as: UTF8.self) == "PGDMP", "pg_dump's custom format")
        }
    }
}
