import ArgumentParser
import Foundation
import LumbarApp
import LumbarStore
import LumbarWeb

struct DemoCommand: AsyncConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Add a demo trainer with clients that show every dashboard status.",
        discussion: """
            The demo trainer (\(DemoData.email), password \(DemoData.password): fixed and published, so use it \
            for demos only) gets seven clients made through the real screening, planner and progression: one to \
            assess, a referral awaiting clearance, an emergency, clients improving week by week, one whose rising \
            pain raised alerts and one in maintenance. Their dates end today. Exit codes: 0 done, 1 the database \
            failed, 2 bad input or the demo trainer already exists.
            """)

    @Option(help: ArgumentHelp("sqlite://PATH or postgres://… (default ./lumbar.sqlite).", valueName: "URL"))
    var database: String?

    func execute(_ console: Console) async throws(CommandFailure) -> Int32 {
        let config = try resolveConfig(database: database)
        let store = try openStore(config, logger: commandLogger(config))
        let report: DemoData.Report
        do {
            try await store.migrate()
            report = try await DemoData.seed(into: store, now: Date(), bcryptCost: config.bcryptCost)
            try await store.close()
        } catch is DemoData.AlreadyThere {
            try? await store.close()
            throw .badInput([
                "--database: \(config.database) already has the demo trainer \(DemoData.email); sign in with it, "
                    + "or use another database"
            ])
        } catch {
            try? await store.close()
            throw .internalError("adding the demo to \(config.database) failed: \(error)")
        }
        console.print("Added the demo to \(config.database):")
        for line in demoSummary(report, config: config) { console.print(line) }
        return LumbarExit.success
    }
}

/// What the demo made and how to sign in; printed by `lumbar demo` and logged by `serve --demo`.
func demoSummary(_ report: DemoData.Report, config: AppConfig) -> [String] {
    var lines = report.clients.map { "  \($0.name): \($0.status.rawValue)" }
    lines.append("  \(report.programVersions) program versions, \(report.sessions) logged sessions")
    lines.append("Sign in at http://\(config.host):\(config.port) (run lumbar serve with the same --database):")
    lines.append("  e-mail:   \(DemoData.email)")
    lines.append("  password: \(DemoData.password) (fixed and published: for demos only)")
    lines.append(
        "  API: curl -s -X POST http://\(config.host):\(config.port)/api/v1/auth/login "
            + "-d '{\"email\": \"\(DemoData.email)\", \"password\": \"\(DemoData.password)\"}'")
    return lines
}
