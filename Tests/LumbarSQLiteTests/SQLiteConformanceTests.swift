import Foundation
import LumbarSQLite
import LumbarStore
import LumbarTestSupport
import Testing

@Suite("SQLite store conformance")
struct SQLiteConformanceTests {
    @Test("in memory", arguments: StoreConformance.checks)
    func inMemory(_ check: StoreCheck) async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        try await check.run(store)
        try await store.close()
    }

    @Test("file: every check at once on one database, then reopened")
    func fileStore() async throws {
        let database = try TemporaryDatabase()
        defer { database.remove() }

        let store = try SQLiteStore(path: database.path)
        try await store.migrate()
        // All checks concurrently against one pool, as several requests (or instances) would.
        await StoreConformance.runAllConcurrently(on: store)

        let trainer = StoreConformance.makeTrainer()
        try await store.createTrainer(trainer)
        let client = try await StoreConformance.newClient(in: store, trainerID: trainer.id)
        let program = StoreConformance.makeProgram(for: client)
        try await store.addProgramVersion(program)
        let session = StoreConformance.makeSession(
            for: client, date: "2026-03-01", createdAt: StoreConformance.at(1_000), program: program)
        try await store.addSession(session)
        try await store.close()

        let reopened = try SQLiteStore(path: database.path)
        try await reopened.migrate()
        #expect(try await reopened.trainer(id: trainer.id).ms == trainer.ms)
        #expect(try await reopened.client(id: client.id, trainerID: trainer.id).ms == client.ms)
        #expect(try await reopened.activeProgram(clientID: client.id, trainerID: trainer.id).ms == program.ms)
        #expect(try await reopened.allSessions(clientID: client.id, trainerID: trainer.id).ms == [session.ms])
        // The reopened database still passes the whole suite.
        await StoreConformance.runAll(on: reopened)
        try await reopened.close()
    }
}
