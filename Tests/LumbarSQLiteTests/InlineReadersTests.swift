import Foundation
import GRDB
import LumbarStore
import LumbarTestSupport
import Testing

@testable import LumbarSQLite

@Suite("SQLite inline readers")
struct InlineReadersTests {
    @Test("an inline read never waits: with every connection in use it reads nothing")
    func neverWaits() async throws {
        let database = try TemporaryDatabase()
        defer { database.remove() }
        let store = try SQLiteStore(path: database.path)
        try await store.migrate()
        let readers = try InlineReaders(path: database.path, count: 1, configuration: Configuration())

        // The one connection is busy with the outer read: the inner read answers nil at once.
        let nested = try readers.read { _ in try readers.read { _ in true } }
        #expect(nested == .some(nil))
        #expect(try readers.read { db in try Int.fetchOne(db, sql: "SELECT 1") } == 1)
        try readers.close()
        try await store.close()
    }

    @Test("a file store's signed-in read sees a revocation at once")
    func seesWritesAtOnce() async throws {
        let database = try TemporaryDatabase()
        defer { database.remove() }
        let store = try SQLiteStore(path: database.path)
        try await store.migrate()
        #expect(store.inlineReaders != nil)

        let trainer = try await StoreConformance.newTrainer(in: store)
        let token = AuthTokenRecord(
            tokenHash: StoreConformance.uniqueHash(), trainerID: trainer.id, kind: .bearer,
            createdAt: StoreConformance.at(0), expiresAt: StoreConformance.at(3_600))
        try await store.createToken(token)
        let client = try await StoreConformance.newClient(in: store, trainerID: trainer.id)
        for second in 1...3 {
            // Each read after a write sees it: an inline connection holds no snapshot between reads.
            let program = StoreConformance.makeProgram(for: client, createdAt: StoreConformance.at(Double(second)))
            try await store.addProgramVersion(program)
            let read = try await store.activeProgram(
                tokenHash: token.tokenHash, kind: .bearer, now: StoreConformance.at(10), clientID: client.id)
            #expect(read.ms == .client(trainerID: trainer.id, status: client.status, activeProgram: program.ms))
        }
        try await store.revokeToken(hash: token.tokenHash, at: StoreConformance.at(20))
        #expect(try await store.trainer(tokenHash: token.tokenHash, kind: .bearer, now: StoreConformance.at(21)) == nil)
        #expect(
            try await store.activeProgram(
                tokenHash: token.tokenHash, kind: .bearer, now: StoreConformance.at(21), clientID: client.id)
                == .notSignedIn)
        try await store.close()
    }
}
