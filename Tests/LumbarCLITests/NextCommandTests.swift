import Foundation
import LumbarCLI
import LumbarCore
import LumbarJSON
import LumbarTestSupport
import Testing

/// `lumbar next --program FILE --sessions FILE [--json]`, run in-process.
@Suite struct NextCommandTests {
    static let example = Fixtures.packageRoot.appendingPathComponent("Examples/six-weeks")

    /// Runs `lumbar`; `next` checks session dates against a fixed day (the six-week example's last
    /// session is on 2026-12-12), so the fixtures stay valid whatever the date.
    func run(_ arguments: [String], stdin: String = "") -> CLIResult {
        let pinned = arguments.first == "next" && !arguments.contains("--today") ? ["--today", "2026-12-13"] : []
        return LumbarCLI.run(arguments + pinned, standardInput: { stdin })
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    func temporaryFile(_ text: String, name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lumbar-next-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    var deskWorkerProgram: String {
        get throws {
            let plan = run(["plan", "--assessment", Fixtures.examplePath("desk-worker"), "--json"])
            #expect(plan.exitCode == 0)
            return try temporaryFile(plan.stdout, name: "program.json")
        }
    }

    func sessions(_ body: String) -> String { #"{"schema": "lumbar.sessions/1", "sessions": [\#(body)]}"# }

    let twoComfortableBridges = """
        {"date": "2026-11-02", "painBefore": 3, "painAfter": 3, "painNextMorning": 2, "exercises": [
          {"id": "glute-bridge", "setsDone": 2, "repsDone": [12, 12], "holdSeconds": 4, "painDuring": 1, "formOk": true}]},
        {"date": "2026-11-04", "painBefore": 2, "painAfter": 2, "painNextMorning": 2, "exercises": [
          {"id": "glute-bridge", "setsDone": 2, "repsDone": [12, 12], "holdSeconds": 4, "painDuring": 2, "formOk": true}]}
        """

    @Test func printsTheAdjustedProgramAsJSON() throws {
        let log = try temporaryFile(sessions(twoComfortableBridges), name: "sessions.json")
        let result = run(["next", "--program", try deskWorkerProgram, "--sessions", log, "--json"])
        #expect(result.exitCode == 0 && result.stderr.isEmpty)
        let program = try Program.parse(result.stdout, catalog: Fixtures.catalog)
        let bridge = program.allExercises.first { $0.progression?.from == "glute-bridge" }
        #expect(bridge?.id == "slow-lowering-bridge" && bridge?.progression?.decision == .progress)
        #expect(program.allExercises.allSatisfy { $0.progression != nil })
        // Two sessions in the first three days of a 4-a-week plan: 2 of 2 so far.
        #expect(program.alerts == [] && program.adherence == Adherence(scheduled: 2, done: 2))
        let json = try JSONParser.parse(result.stdout)
        #expect(json["alerts"] == .array([]))
        #expect(
            json["adherence"] == .object([("scheduled", .number(2)), ("done", .number(2)), ("rate", .number(1))]))
    }

    @Test func printsAReadableSummaryWithoutJSON() throws {
        let log = try temporaryFile(sessions(twoComfortableBridges), name: "sessions.json")
        let result = run(["next", "--program", try deskWorkerProgram, "--sessions", log])
        #expect(result.exitCode == 0)
        for text in [
            "Stage: corrective · 4 days a week", "Adherence: 2 of 2 scheduled sessions done (100 %)", "Alerts\n  none",
            "Bridge with hold and slow lowering: 2 × 8 reps, 5 s hold each [PROGRESS]",
            "moved on from Glute bridge to Bridge with hold and slow lowering",
        ] {
            #expect(result.stdout.contains(text), "missing \(text)")
        }
    }

    @Test func readsEitherFileFromStandardInput() throws {
        let program = try deskWorkerProgram
        let text = sessions(twoComfortableBridges)
        let fromFile = run([
            "next", "--program", program, "--sessions", try temporaryFile(text, name: "s.json"), "--json",
        ])
        let fromStdin = run(["next", "--program", program, "--sessions", "-", "--json"], stdin: text)
        #expect(fromStdin == fromFile)
        let programText = try String(contentsOfFile: program, encoding: .utf8)
        let programFromStdin = run(
            ["next", "--program", "-", "--sessions", try temporaryFile(text, name: "s.json"), "--json"],
            stdin: programText)
        #expect(programFromStdin == fromFile)
        let both = run(["next", "--program", "-", "--sessions", "-"])
        #expect(both.exitCode == 2 && both.stderr.contains("cannot both read standard input"))
    }

    @Test func badSessionsExitTwoWithOneLinePerProblem() throws {
        let bad = sessions(
            """
            {"date": "2026-11-02", "painBefore": 3, "painAfter": 3, "exercises": []},
            {"date": "2026-11-03", "painBefore": 3, "painAfter": 3, "exercises": [
              {"id": "leg-press", "setsDone": -2, "painDuring": 1, "formOk": true}]},
            {"date": "2026-11-01", "painBefore": -1, "painAfter": 3, "exercises": []}
            """)
        let result = run(["next", "--program", try deskWorkerProgram, "--sessions", "-"], stdin: bad)
        #expect(result.exitCode == 2 && result.stdout.isEmpty)
        #expect(
            result.stderr == """
                error: sessions[1].exercises[0].id: "leg-press" is not in the catalog
                error: sessions[1].exercises[0].setsDone: -2 is outside 0…50
                error: sessions[2].date: 2026-11-01 comes before the previous session's 2026-11-03; sessions must be in date order
                error: sessions[2].painBefore: -1 is outside 0…10

                """)
    }

    @Test func aProgramThatIsNotAProgramIsRejectedTheSameWay() throws {
        let log = try temporaryFile(sessions(twoComfortableBridges), name: "sessions.json")
        let result = run(["next", "--program", Fixtures.examplePath("desk-worker"), "--sessions", log])
        #expect(result.exitCode == 2)
        #expect(
            result.stderr
                == "error: program.schema: \"lumbar.assessment/1\" is not supported (expected \"lumbar.program/1\")\n")
        let swapped = run(["next", "--program", log, "--sessions", try deskWorkerProgram])
        #expect(swapped.exitCode == 2)
        #expect(swapped.stderr.contains("error: program.schema: \"lumbar.sessions/1\" is not supported"))
        #expect(
            swapped.stderr.contains(
                "error: schema: \"lumbar.program/1\" is not supported (expected \"lumbar.sessions/1\")"))
    }

    @Test func missingFilesAndOptionsAreBadInput() throws {
        let missing = run(["next", "--program", "/no/such/program.json", "--sessions", "-"])
        #expect(missing.exitCode == 2 && missing.stderr.contains("--program: cannot read \"/no/such/program.json\""))
        #expect(run(["next", "--program", try deskWorkerProgram]).exitCode == 2)
        #expect(run(["next", "--sessions", "-"]).exitCode == 2)
    }

    @Test func theSixWeekExampleRunsFromTheCommandLine() throws {
        var program = Self.example.appendingPathComponent("program.json").path
        for week in 1...6 {
            let log = Self.example.appendingPathComponent("sessions-week\(week).json").path
            let result = run(["next", "--program", program, "--sessions", log, "--json"])
            #expect(result.exitCode == 0, "week \(week): \(result.stderr)")
            program = try temporaryFile(result.stdout, name: "week\(week).json")
        }
        let last = try Program.parse(String(contentsOfFile: program, encoding: .utf8), catalog: Fixtures.catalog)
        #expect(last.stage == .maintenance)
    }

    @Test func refusesSessionsDatedOutsideTheWindowNamingEachDate() throws {
        // One session in the far future once made every later progression answer an invalid program.
        let far = """
            {"date": "2026-11-02", "painBefore": 2, "painAfter": 2, "exercises": []},
            {"date": "9999-12-31", "painBefore": 2, "painAfter": 2, "exercises": []}
            """
        let log = try temporaryFile(sessions(far), name: "sessions.json")
        let result = run(["next", "--program", try deskWorkerProgram, "--sessions", log, "--today", "2026-12-01"])
        #expect(result.exitCode == 2 && result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "sessions[1].date: 9999-12-31 is in the future; a session can be dated at the latest 2026-12-02"))

        let old = try temporaryFile(
            sessions(#"{"date": "2024-11-30", "painBefore": 2, "painAfter": 2, "exercises": []}"#), name: "old.json")
        let back = run(["next", "--program", try deskWorkerProgram, "--sessions", old, "--today", "2026-12-01"])
        #expect(back.exitCode == 2)
        #expect(
            back.stderr.contains(
                "sessions[0].date: 2024-11-30 is too far back; a session can be dated from 2024-12-01 on"))

        let edge = try temporaryFile(
            sessions(
                #"{"date": "2024-12-01", "painBefore": 2, "painAfter": 2, "exercises": []}, {"date": "2026-12-02", "painBefore": 2, "painAfter": 2, "exercises": []}"#
            ),
            name: "edge.json")
        #expect(
            run(["next", "--program", try deskWorkerProgram, "--sessions", edge, "--today", "2026-12-01"]).exitCode == 0
        )
        #expect(
            run(["next", "--program", try deskWorkerProgram, "--sessions", edge, "--today", "2026-12-32"]).exitCode == 2
        )
    }
}
