import Foundation
import LumbarCLI
import LumbarCore
import LumbarSQLite
import LumbarStore
import Testing

@Suite struct SeedCommandTests {
    static let small = [
        "--sessions", "600", "--trainers", "3", "--clients", "4", "--heavy-clients", "5", "--weeks", "8", "--seed",
        "7", "--end-date", "2026-11-20",
    ]

    /// A new directory for one test's SQLite files, removed afterwards.
    static func withDirectory(_ body: (URL) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lumbar-seed-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await body(directory)
    }

    /// Every client of every seeded trainer, archived ones included, with all their sessions.
    static func everything(in store: SQLiteStore, trainers: Int) async throws -> [String: [DashboardEntry]] {
        var result: [String: [DashboardEntry]] = [:]
        for index in 0..<trainers {
            let email = index == 0 ? "heavy.trainer@seed.lumbar.test" : "trainer-0000\(index)@seed.lumbar.test"
            let trainer = try #require(try await store.trainer(email: email), "\(email)")
            let current = try await store.dashboard(
                trainerID: trainer.id, text: nil, status: nil, since: CivilDate(year: 1, month: 1, day: 1))
            let archived = try await store.dashboard(
                trainerID: trainer.id, text: nil, status: .archived, since: CivilDate(year: 1, month: 1, day: 1))
            result[email] = current + archived
        }
        return result
    }

    @Test func seedsTheCountsAskedForWithDocumentsThatParse() async throws {
        try await Self.withDirectory { directory in
            let path = directory.appendingPathComponent("seed.sqlite").path
            let result = await LumbarCLI.runAsync(["seed", "--database", "sqlite://\(path)"] + Self.small)
            #expect(result.exitCode == 0, "\(result.stderr)")
            #expect(result.stdout.contains("  3 trainers\n"), "\(result.stdout)")
            #expect(result.stdout.contains("  600 session logs, from "), "\(result.stdout)")
            #expect(
                result.stdout.contains("Heavy trainer: heavy.trainer@seed.lumbar.test, 8 clients, 120 session logs"),
                "\(result.stdout)")
            #expect(result.stdout.contains("password seed-password-2026"))

            let store = try SQLiteStore(path: path)
            let catalog = try Catalog.bundled()
            let all = try await Self.everything(in: store, trainers: 3)
            let entries = all.values.flatMap { $0 }
            #expect(entries.count == 8 + 2 * 4)
            #expect(entries.reduce(0) { $0 + $1.recentSessions.count } == 600)
            #expect(
                try #require(entries.compactMap(\.latestSession?.date).max())
                    <= CivilDate(year: 2026, month: 11, day: 20))

            // The heavy trainer: five clients with eight weeks of sessions, three a week, and one of
            // each status without sessions.
            let heavy = try #require(all["heavy.trainer@seed.lumbar.test"])
            let training = heavy.filter { !$0.recentSessions.isEmpty }
            #expect(training.count == 5)
            #expect(training.allSatisfy { $0.recentSessions.count == 24 })
            #expect(
                Set(heavy.filter { $0.recentSessions.isEmpty }.map(\.client.status))
                    == [.needsAssessment, .referred, .emergency])

            for entry in entries {
                let trainerID = entry.client.trainerID
                let recentIDs = Set(entry.recentSessions.map(\.id))
                for session in try await store.allSessions(clientID: entry.client.id, trainerID: trainerID)
                where recentIDs.contains(session.id) {
                    let parsed = try LoggedSession.parse(session.document, catalog: catalog)
                    #expect(session.programID == nil || session.programVersion == 1)
                    // The dashboard's summary says what the document says.
                    let summary = try #require(entry.recentSessions.first { $0.id == session.id })
                    #expect(summary.pain == SessionPainColumns(document: session.document))
                    #expect(summary.pain.painBefore == parsed.painBefore)
                }
                #expect(entry.latestSession == entry.recentSessions.last)
                if let summary = entry.activeProgram {
                    let program = try #require(
                        try await store.activeProgram(clientID: entry.client.id, trainerID: trainerID))
                    let parsed = try Program.parse(program.document, catalog: catalog)
                    #expect(summary.daysPerWeek == parsed.schedule.daysPerWeek)
                    // The review after the last session is the active version; its stage sets the status.
                    #expect(program.version == 2 && program.change == .progressed)
                    if entry.client.status != .archived {
                        #expect((parsed.stage == .maintenance) == (entry.client.status == .maintenance))
                    }
                } else {
                    #expect(entry.recentSessions.isEmpty)
                }
                // Sessions three a week: never two on one day.
                let dates = entry.recentSessions.map(\.date)
                #expect(Set(dates).count == dates.count)
            }
            try await store.close()
        }
    }

    @Test func theSameOptionsGiveTheSameDataAndASeededDatabaseIsRefused() async throws {
        try await Self.withDirectory { directory in
            var seeded: [[String: [DashboardEntry]]] = []
            for name in ["a.sqlite", "b.sqlite"] {
                let path = directory.appendingPathComponent(name).path
                let result = await LumbarCLI.runAsync(["seed", "--database", path] + Self.small)
                #expect(result.exitCode == 0, "\(result.stderr)")
                let store = try SQLiteStore(path: path)
                seeded.append(try await Self.everything(in: store, trainers: 3))
                try await store.close()
            }
            #expect(seeded[0] == seeded[1])

            let path = directory.appendingPathComponent("a.sqlite").path
            let again = await LumbarCLI.runAsync(["seed", "--database", path] + Self.small)
            #expect(again.exitCode == 2)
            #expect(again.stderr.contains("already holds seeded data (heavy.trainer@seed.lumbar.test exists)"))
        }
    }

    @Test func badOptionsAreNamedAndExitWith2() async throws {
        try await Self.withDirectory { directory in
            let path = directory.appendingPathComponent("bad.sqlite").path
            let result = await LumbarCLI.runAsync([
                "seed", "--database", path, "--sessions", "60000000", "--weeks", "0", "--end-date", "2026-02-30",
                "--heavy-clients", "0",
            ])
            #expect(result.exitCode == 2)
            #expect(
                result.stderr == """
                    error: --sessions: 60000000 is outside 0…50000000
                    error: --heavy-clients: 0 is outside 1…10000
                    error: --weeks: 0 is outside 1…520
                    error: --end-date: "2026-02-30" is not a calendar date written YYYY-MM-DD from 2000 on

                    """)
            // Nothing was opened, so nothing was created.
            #expect(!FileManager.default.fileExists(atPath: path))

            let crowded = await LumbarCLI.runAsync([
                "seed", "--database", path, "--sessions", "5000", "--trainers", "2", "--clients", "1",
                "--heavy-clients", "1", "--weeks", "1", "--end-date", "2026-11-20",
            ])
            #expect(crowded.exitCode == 2)
            #expect(crowded.stderr.hasPrefix("error: --sessions: 5000 "), "\(crowded.stderr)")

            let notANumber = await LumbarCLI.runAsync(["seed", "--database", path, "--trainers", "many"])
            #expect(notANumber.exitCode == 2)
            #expect(notANumber.stderr.contains("--trainers"))
        }
    }
}
