import ArgumentParser
import Foundation
import LumbarCore
import LumbarJSON

struct NextCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "Apply the progression rules to the logged sessions and print the adjusted program.",
        discussion: "Exit codes: 0 program printed, 2 bad input.")

    @Option(help: ArgumentHelp("The lumbar.program/1 file, or - for standard input.", valueName: "FILE"))
    var program: String
    @Option(help: ArgumentHelp("The lumbar.sessions/1 file, or - for standard input.", valueName: "FILE"))
    var sessions: String
    @Flag(help: "Print lumbar.program/1 JSON.") var json = false
    @Option(
        help: ArgumentHelp(
            "The day to check session dates against (default: today in UTC); sessions may be dated from two "
                + "years before it to the day after.", valueName: "YYYY-MM-DD"))
    var today: String?

    func validate() throws {
        if program == "-" && sessions == "-" {
            throw ValidationError("--program and --sessions cannot both read standard input")
        }
        if let today, CivilDate(today) == nil {
            throw ValidationError("--today: \"\(today)\" is not a date YYYY-MM-DD")
        }
    }

    /// `--today`, or the current UTC day.
    var day: CivilDate {
        today.flatMap(CivilDate.init)
            ?? CivilDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    func execute(_ console: Console) throws(CommandFailure) -> Int32 {
        let catalog = try bundledCatalog()
        let programText = try console.read(program, option: "--program")
        let sessionsText = try console.read(sessions, option: "--sessions")
        // Both files are checked before failing, so one run lists every problem in either.
        var problems: [String] = []
        var parsedProgram: Program?
        var parsedLog: SessionLog?
        do {
            parsedProgram = try Program.parse(programText, catalog: catalog)
        } catch {
            // Program paths are prefixed so they cannot be mistaken for the session log's.
            problems += error.issues.map { "program\($0.path.isEmpty ? "" : ".\($0.path)"): \($0.message)" }
        }
        do {
            parsedLog = try SessionLog.parse(sessionsText, catalog: catalog, dates: .log(today: day))
        } catch {
            problems += error.issues.map { "\($0.path.isEmpty ? "sessions file" : $0.path): \($0.message)" }
        }
        guard problems.isEmpty, let parsedProgram, let parsedLog else { throw .badInput(problems) }

        let next = ProgressionEngine(catalog: catalog).next(parsedProgram, log: parsedLog)
        // The date window keeps this from happening; should a rule still produce something no reader
        // accepts, say so instead of printing it.
        if let failure = Program.validationFailure(of: next, catalog: catalog) {
            throw .internalError("the progression produced an invalid program: \(failure)")
        }
        console.out += json ? JSONWriter.string(next.json) : NextCommand.summary(next)
        return LumbarExit.success
    }

    /// The decisions for a trainer reading a terminal: stage, adherence, alerts, then each exercise.
    static func summary(_ program: Program) -> String {
        var out = "Next sessions\n=============\n\n"
        out += "Stage: \(program.stage.rawValue) · \(program.schedule.daysPerWeek) days a week · "
        out += "about \(program.estimatedMinutes) of \(program.schedule.minutesPerSession) minutes per session\n"
        if let adherence = program.adherence {
            out +=
                "Adherence: \(adherence.done) of \(adherence.scheduled) scheduled sessions done "
                + "(\(Int((adherence.rate * 100).rounded())) %)\n"
        }
        let alerts = program.alerts ?? []
        out += "\nAlerts\n" + (alerts.isEmpty ? "  none\n" : alerts.map { "  ! \($0)\n" }.joined())
        for (number, block) in program.blocks.filter({ !$0.exercises.isEmpty }).enumerated() {
            out += "\n\(number + 1). \(block.phase.title)\n"
            for exercise in block.exercises {
                let dose = exercise.dose.text(side: exercise.side, weakSide: program.findings.weakSide)
                let verdict = exercise.progression.map { $0.decision.rawValue.uppercased() } ?? "HOLD"
                out += "   * \(exercise.name): \(dose) [\(verdict)]\n"
                if let note = exercise.progression { out += "       \(note.reason)\n" }
            }
        }
        let engineNotes = program.cautions.filter { caution in
            ProgressionEngine.cautionPrefixes.contains { caution.hasPrefix($0) }
        }
        if !engineNotes.isEmpty { out += "\nNotes\n" + engineNotes.map { "  - \($0)\n" }.joined() }
        return out
    }
}
