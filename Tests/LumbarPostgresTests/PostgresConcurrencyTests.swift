import Foundation
import LumbarStore
import LumbarTestSupport
import Testing

@testable import LumbarPostgres

/// Writes that race, as they do when several app instances share one database.
@Suite(.enabled(if: PostgresTestDatabase.isConfigured, PostgresTestDatabase.skipReason))
struct PostgresConcurrencyTests {
    @Test func racingActivationsLeaveExactlyOneActiveProgram() async throws {
        try await PostgresTestDatabase.withStore(maximumConnections: 8) { store in
            let trainer = try await StoreConformance.newTrainer(in: store)
            let client = try await StoreConformance.newClient(in: store, trainerID: trainer.id)
            let programs = (0..<8).map { index in
                StoreConformance.makeProgram(for: client, createdAt: StoreConformance.at(Double(index)))
            }
            // Each deactivates the others and inserts itself; the client's row lock makes them take
            // turns instead of tripping over the one-active-program index.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for program in programs {
                    group.addTask { try await store.addProgramVersion(program) }
                }
                try await group.waitForAll()
            }

            var activeCount = 0
            for program in programs {
                let stored = try #require(try await store.latestProgram(id: program.programID, trainerID: trainer.id))
                if stored.active { activeCount += 1 }
            }
            #expect(activeCount == 1)
            let active = try #require(try await store.activeProgram(clientID: client.id, trainerID: trainer.id))
            #expect(programs.map(\.programID).contains(active.programID))
        }
    }

    @Test func racingAttemptsAreAllCounted() async throws {
        try await PostgresTestDatabase.withStore(maximumConnections: 8) { store in
            let key = "login:\(UUID().uuidString)"
            let start = StoreConformance.at(0)
            try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<16 {
                    group.addTask {
                        try await store.recordAttempt(
                            key: key, at: StoreConformance.at(Double(index)), windowStart: start)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await store.recordAttempt(key: key, at: StoreConformance.at(100), windowStart: start) == 17)
        }
    }
}
