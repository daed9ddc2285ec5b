import Foundation
import Logging
import LumbarApp
import LumbarCore
import LumbarSQLite
import LumbarStore
import LumbarWeb
import Testing

@testable import LumbarCLI

@Suite struct DemoCommandTests {
    static func withDirectory(_ body: (URL) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lumbar-demo-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await body(directory)
    }

    @Test func demoMakesEveryStatusWithProgramsAndSessionsAndRefusesASecondRun() async throws {
        try await Self.withDirectory { directory in
            let path = directory.appendingPathComponent("demo.sqlite").path
            let result = await LumbarCLI.runAsync(["demo", "--database", path])
            #expect(result.exitCode == 0, "\(result.stderr)")
            #expect(result.stdout.contains("e-mail:   demo@lumbar.test\n"), "\(result.stdout)")
            #expect(result.stdout.contains("password: demo-password-2026 (fixed and published: for demos only)\n"))
            #expect(result.stdout.contains("Sign in at http://127.0.0.1:8080"))

            let store = try SQLiteStore(path: path)
            let trainer = try #require(try await store.trainer(email: DemoData.email))
            let today = CivilDate(daysSinceEpoch: Int(Date().timeIntervalSince1970 / 86_400))
            let entries = try await store.dashboard(
                trainerID: trainer.id, text: nil, status: nil, since: today.adding(days: -28))
            let byName = Dictionary(uniqueKeysWithValues: entries.map { ($0.client.name, $0) })
            #expect(
                byName.mapValues(\.client.status) == [
                    "Priya Shah": .needsAssessment, "Ruth Evans": .referred, "Lee Morgan": .emergency,
                    "Dana Brooks": .active, "Marco Rossi": .active, "Sam Okafor": .maintenance, "Jo Turner": .active,
                ])
            let catalog = try Catalog.bundled()
            for entry in entries {
                let training = [ClientStatus.active, .maintenance].contains(entry.client.status)
                #expect((entry.activeProgram != nil) == training, "\(entry.client.name)")
                #expect(entry.recentSessions.isEmpty != training, "\(entry.client.name)")
                for session in try await store.allSessions(clientID: entry.client.id, trainerID: trainer.id) {
                    _ = try LoggedSession.parse(session.document, catalog: catalog)
                    #expect(session.date < today)
                }
                if entry.activeProgram != nil {
                    let active = try #require(
                        try await store.activeProgram(clientID: entry.client.id, trainerID: trainer.id))
                    let program = try Program.parse(active.document, catalog: catalog)
                    #expect(entry.activeProgram?.daysPerWeek == program.schedule.daysPerWeek)
                    #expect(active.change == .progressed)
                    #expect((program.stage == .maintenance) == (entry.client.status == .maintenance))
                    // One planned version, then one per weekly review.
                    let versions = try await store.programVersions(id: active.programID, trainerID: trainer.id)
                    #expect(versions.map(\.version) == Array(1...active.version))
                }
            }
            // Rising pain raised alerts at the last review; falling pain did not.
            func program(_ name: String) async throws -> Program {
                let client = try #require(byName[name]?.client)
                let active = try #require(try await store.activeProgram(clientID: client.id, trainerID: trainer.id))
                return try Program.parse(active.document, catalog: catalog)
            }
            let marco = try await program("Marco Rossi")
            #expect(!(marco.alerts ?? []).isEmpty)
            let dana = try await program("Dana Brooks")
            #expect((dana.alerts ?? []).isEmpty)
            try await store.close()

            let again = await LumbarCLI.runAsync(["demo", "--database", path])
            #expect(again.exitCode == 2)
            #expect(
                again.stderr
                    == "error: --database: SQLite \(path) already has the demo trainer demo@lumbar.test; sign in "
                    + "with it, or use another database\n")
        }
    }

    @Test func serveDemoAddsTheDemoOnlyToADatabaseWithoutTrainers() async throws {
        let config = AppConfig(bcryptCost: 4)
        let logger = Logger(label: "test")
        let empty = try SQLiteStore.inMemory()
        let added = try await addDemo(to: empty, config: config, logger: logger)
        #expect(added?.clients.count == 7)
        #expect(try await empty.trainer(email: DemoData.email) != nil)
        // Running again adds nothing: the database now has a trainer.
        #expect(try await addDemo(to: empty, config: config, logger: logger) == nil)

        let used = try SQLiteStore.inMemory()
        try await used.migrate()
        try await used.createTrainer(
            TrainerRecord(
                id: UUID(), email: "someone@example.com", name: "Someone", passwordHash: "x", createdAt: Date()))
        #expect(try await addDemo(to: used, config: config, logger: logger) == nil)
        #expect(try await used.trainer(email: DemoData.email) == nil)
    }
}
