import ArgumentParser
import Foundation
import LumbarCLI
import LumbarCore
import LumbarStore
import LumbarWeb

/// Dashboard benchmark: times the heavy trainer's `dashboard(…)` on a database filled by
/// `lumbar seed`, with `since` 28 days before the trainer's newest session, and prints the median
/// and p99. Run on a release build (see BENCHMARKS.md).
@main
struct StoreBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lumbar-store-bench",
        abstract: "Time a seeded trainer's dashboard read.",
        discussion: "Seed the database first with lumbar seed. Exit codes: 0 done, 1 the database failed, 2 bad input.")

    @Option(help: ArgumentHelp("sqlite://PATH or postgres://… (default ./lumbar.sqlite).", valueName: "URL"))
    var database: String?
    @Option(help: "The trainer whose dashboard is read.") var email = "heavy.trainer@seed.lumbar.test"
    @Option(help: "Timed calls.") var runs = 500
    @Option(help: "Untimed calls first, to warm caches and connections.") var warmup = 20
    @Option(help: "Days of sessions the dashboard shows.") var days = 28

    static func main() async {
        do {
            // parseAsRoot also runs validate().
            let command = try parseAsRoot() as? StoreBench ?? StoreBench()
            let code = await command.bench()
            Foundation.exit(code)
        } catch {
            let message = fullMessage(for: error)
            guard exitCode(for: error) != .success else {
                print(message)
                Foundation.exit(0)
            }
            // Usage mistakes are bad input (2), as for lumbar itself.
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
    }

    func validate() throws {
        guard (1...1_000_000).contains(runs) else { throw ValidationError("--runs: \(runs) is outside 1…1000000") }
        guard (0...100_000).contains(warmup) else { throw ValidationError("--warmup: \(warmup) is outside 0…100000") }
        guard (1...3_650).contains(days) else { throw ValidationError("--days: \(days) is outside 1…3650") }
    }

    func bench() async -> Int32 {
        let location: DatabaseLocation
        do {
            location = try AppConfig.resolve(databaseURL: database).database
        } catch {
            fail("\(error)")
            return 2
        }
        // Opening a SQLite path creates the file; a benchmark must not leave an empty database behind.
        if case .sqlite(let path) = location, path != ":memory:", !FileManager.default.fileExists(atPath: path) {
            fail("--database: there is no SQLite file at \(path); fill one first with lumbar seed")
            return 2
        }
        let store: any LumbarStore
        do {
            store = try StoreFactory.open(location, logger: .init(label: "lumbar-store-bench"))
        } catch {
            fail("cannot open \(location): \(error)")
            return 1
        }
        let code: Int32
        do {
            code = try await bench(store, location: location)
        } catch {
            fail("reading \(location) failed: \(error)")
            code = 1
        }
        try? await store.close()
        return code
    }

    func bench(_ store: any LumbarStore, location: DatabaseLocation) async throws -> Int32 {
        guard let trainer = try await store.trainer(email: email) else {
            fail("--email: \(location) has no trainer \(email); fill it first with lumbar seed")
            return 2
        }
        // The newest session over the whole log sets the window, as "the last four weeks" would.
        let everything = try await store.dashboard(
            trainerID: trainer.id, text: nil, status: nil, since: CivilDate(year: 1, month: 1, day: 1))
        guard let newest = everything.compactMap(\.latestSession?.date).max() else {
            fail("--email: \(email) has no sessions; fill the database with lumbar seed")
            return 2
        }
        let since = newest.adding(days: -days)

        var entries: [DashboardEntry] = []
        for _ in 0..<warmup {
            entries = try await store.dashboard(trainerID: trainer.id, text: nil, status: nil, since: since)
        }
        let clock = ContinuousClock()
        var samples: [Double] = []
        samples.reserveCapacity(runs)
        for _ in 0..<runs {
            let start = clock.now
            entries = try await store.dashboard(trainerID: trainer.id, text: nil, status: nil, since: since)
            samples.append(milliseconds(start.duration(to: clock.now)))
        }
        report(samples, entries: entries, location: location, since: since, newest: newest)
        return 0
    }

    func report(
        _ samples: [Double], entries: [DashboardEntry], location: DatabaseLocation, since: CivilDate, newest: CivilDate
    ) {
        let sorted = samples.sorted()
        func percentile(_ fraction: Double) -> Double {
            sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.down)))]
        }
        let recent = entries.reduce(0) { $0 + $1.recentSessions.count }
        // Only the documents of sessions with severe pain during come back; the rest is columns.
        let bytes = entries.reduce(0) { total, entry in
            total + entry.recentSessions.reduce(0) { $0 + ($1.document?.utf8.count ?? 0) }
        }
        let programs = entries.filter { $0.activeProgram != nil }.count
        print("dashboard of \(email) on \(location)")
        print("  since \(since) (\(days) days before the newest session, \(newest))")
        print(
            "  \(entries.count) clients, \(programs) active programs, \(recent) recent sessions, "
                + "\(String(format: "%.1f", Double(bytes) / 1_024)) KiB of documents")
        print(
            "  \(samples.count) calls: median \(format(percentile(0.5))) ms, p90 \(format(percentile(0.9))) ms, "
                + "p99 \(format(percentile(0.99))) ms, min \(format(sorted[0])) ms, max \(format(sorted[sorted.count - 1])) ms"
        )
    }

    func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
    }

    func format(_ value: Double) -> String { String(format: "%.2f", value) }

    func fail(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }
}
