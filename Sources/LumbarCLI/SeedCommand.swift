import ArgumentParser
import Foundation
import LumbarApp
import LumbarCore
import LumbarStore
import LumbarWeb

struct SeedCommand: AsyncConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Fill a database with synthetic trainers, clients, programs and session logs.",
        discussion: """
            For load tests and benchmarks. The data is made through Core, as the API makes it: screened and \
            planned assessments, program versions, session logs in the lumbar.sessions/1 shape and a \
            progression review after each client's last session. One trainer is heavy: --heavy-clients clients, \
            each with --weeks weeks of sessions, three a week. The rest of --sessions is spread over the other \
            trainers' clients. The same options (and --seed and --end-date) give the same data. Sessions are \
            written in batches, each in one transaction. Every seeded trainer has the password \
            \(SeedCommand.password). Exit codes: 0 done, 1 the database failed, 2 bad input or an already \
            seeded database.
            """)

    /// Every seeded trainer's password; published, so a seeded database is for tests only.
    static let password = "seed-password-2026"

    @Option(help: ArgumentHelp("sqlite://PATH or postgres://… (default ./lumbar.sqlite).", valueName: "URL"))
    var database: String?
    @Option(help: "Session logs to make in all.") var sessions = 1_000_000
    @Option(help: "Trainers to make, the heavy one included.") var trainers = 400
    @Option(help: "Clients of each trainer other than the heavy one.") var clients = 25
    @Option(name: .customLong("heavy-clients"), help: "The heavy trainer's clients who train.") var heavyClients = 60
    @Option(help: "Weeks of sessions of each of the heavy trainer's clients.") var weeks = 52
    @Option(help: "Seed of the random generator.") var seed: UInt64 = 1
    @Option(
        name: .customLong("end-date"),
        help: ArgumentHelp("The day of the newest sessions (default yesterday, UTC).", valueName: "YYYY-MM-DD"))
    var endDate: String?

    func execute(_ console: Console) async throws(CommandFailure) -> Int32 {
        // Every check on the options comes before the database is touched.
        let today = CivilDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
        let plan = try validatedShape(today: today).plan()
        let config = try resolveConfig(database: database)
        let catalog = try bundledCatalog()
        let logger = commandLogger(config)
        let store = try openStore(config, logger: logger)
        let started = ContinuousClock.now
        let report: SeedReport
        do {
            try await store.migrate()
            if try await store.trainer(email: SeedShape.heavyEmail) != nil {
                throw CommandFailure.badInput([
                    "--database: \(config.database) already holds seeded data (\(SeedShape.heavyEmail) exists); "
                        + "seed a new database"
                ])
            }
            let hash = await PasswordHasher(cost: AppConfig().bcryptCost).hash(Self.password)
            let total = plan.shape.sessions
            var seeder = Seeder(store: store, catalog: catalog, plan: plan, passwordHash: hash)
            seeder.progress = { (written: Int) in
                logger.info("seeded \(written) of \(total) session logs")
            }
            report = try await seeder.run()
            try await store.close()
        } catch let failure as CommandFailure {
            try? await store.close()
            throw failure
        } catch {
            try? await store.close()
            throw .internalError(
                "seeding \(config.database) failed: \(error). What was written before the failure stays (each batch "
                    + "is one transaction); seed a new database.")
        }
        let elapsed = started.duration(to: .now).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        print(report, shape: plan.shape, database: config.database, seconds: seconds, to: console)
        return LumbarExit.success
    }

    /// The options as a shape, or every problem with them, each naming its option.
    func validatedShape(today: CivilDate) throws(CommandFailure) -> SeedShape {
        var problems: [String] = []
        func check(_ value: Int, _ range: ClosedRange<Int>, _ option: String) {
            if !range.contains(value) {
                problems.append("\(option): \(value) is outside \(range.lowerBound)…\(range.upperBound)")
            }
        }
        check(sessions, 0...50_000_000, "--sessions")
        check(trainers, 1...100_000, "--trainers")
        check(clients, 0...10_000, "--clients")
        check(heavyClients, 1...10_000, "--heavy-clients")
        check(weeks, 1...520, "--weeks")
        var end = today.adding(days: -1)
        if let endDate {
            if let parsed = CivilDate(endDate), parsed.components.year >= 2000 {
                end = parsed
            } else {
                problems.append("--end-date: \"\(endDate)\" is not a calendar date written YYYY-MM-DD from 2000 on")
            }
        }
        guard problems.isEmpty else { throw .badInput(problems) }
        return SeedShape(
            sessions: sessions, trainers: trainers, clientsPerTrainer: clients, heavyClients: heavyClients,
            weeks: weeks, seed: seed, endDate: end)
    }

    private func print(
        _ report: SeedReport, shape: SeedShape, database: DatabaseLocation, seconds: Double, to console: Console
    ) {
        let statuses = ClientStatus.allCases.compactMap { status in
            report.statuses[status].map { "\($0) \(status.rawValue)" }
        }
        console.print("Seeded \(database) in \(String(format: "%.1f", seconds)) s (--seed \(shape.seed)):")
        console.print("  \(report.trainers) trainers")
        console.print("  \(report.clients) clients: \(statuses.joined(separator: ", "))")
        console.print("  \(report.assessments) assessments, \(report.programVersions) program versions")
        if let oldest = report.oldestSession, let newest = report.newestSession {
            console.print("  \(report.sessions) session logs, from \(oldest) to \(newest)")
        } else {
            console.print("  \(report.sessions) session logs")
        }
        console.print(
            "Heavy trainer: \(SeedShape.heavyEmail), \(report.heavyClients) clients, \(report.heavySessions) "
                + "session logs")
        console.print(
            "Every seeded trainer signs in with the password \(Self.password) (published: use seeded data for tests only)."
        )
    }
}
