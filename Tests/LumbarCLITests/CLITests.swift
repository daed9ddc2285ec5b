import Foundation
import LumbarCLI
import LumbarCore
import LumbarJSON
import LumbarTestSupport
import Testing

@Suite struct CLITests {
    func run(_ arguments: [String], stdin: String = "") -> CLIResult {
        LumbarCLI.run(arguments, standardInput: { stdin })
    }

    @Test(arguments: [
        ("desk-worker", Int32(0)), ("unstable-back", 0), ("left-side-weakness", 0), ("referral", 3), ("emergency", 4),
    ])
    func planAndScreenExitWithTheDecisionsCode(name: String, code: Int32) throws {
        let path = Fixtures.examplePath(name)
        #expect(run(["plan", "--assessment", path]).exitCode == code)
        #expect(run(["plan", "--assessment", path, "--json"]).exitCode == code)
        #expect(run(["screen", "--assessment", path]).exitCode == code)
        let screen = run(["screen", "--assessment", path, "--json"])
        #expect(screen.exitCode == code)
        let json = try JSONParser.parse(screen.stdout)
        #expect(json["decision"] == .string(["proceed", "", "", "refer", "emergency"][Int(code)]))
        #expect(json["reasons"] != nil && json["cautions"] != nil)
    }

    @Test func planJSONIsTheProgramAndIsStableByteForByte() throws {
        let first = run(["plan", "--assessment", Fixtures.examplePath("desk-worker"), "--json"])
        let second = run(["plan", "--assessment", Fixtures.examplePath("desk-worker"), "--json"])
        #expect(first == second)
        let program = try JSONParser.parse(first.stdout)
        #expect(program["schema"] == .string("lumbar.program/1"))
        #expect(program["decision"] == .string("proceed"))
        #expect(first.stderr.isEmpty)
    }

    @Test func planReadsStandardInputFromADash() throws {
        let text = try String(contentsOfFile: Fixtures.examplePath("desk-worker"), encoding: .utf8)
        let fromStdin = run(["plan", "--assessment", "-", "--json"], stdin: text)
        #expect(fromStdin.exitCode == 0)
        #expect(
            fromStdin.stdout == run(["plan", "--assessment", Fixtures.examplePath("desk-worker"), "--json"]).stdout)
    }

    @Test func humanPlanReadsLikeAHandout() {
        let result = run(["plan", "--assessment", Fixtures.examplePath("desk-worker")])
        for heading in ["Lumbar program for Dana", "What we found", "1. Inhibit (foam roll)", "why:", "Cautions"] {
            #expect(result.stdout.contains(heading), "missing \(heading)")
        }
        let referral = run(["plan", "--assessment", Fixtures.examplePath("referral")])
        #expect(referral.stdout.contains("REFER") && referral.stdout.contains("What to do"))
    }

    @Test func badInputExitsTwoWithOneLinePerProblemAndItsPath() {
        let text =
            #"{"schema": "lumbar.assessment/1", "client": {"name": "Dana"}, "screening": {"redFlags": ["tired"]}, "pain": {"now": 11}}"#
        for command in ["plan", "screen"] {
            let result = run([command, "--assessment", "-"], stdin: text)
            #expect(result.exitCode == 2)
            #expect(result.stdout.isEmpty)
            let lines = result.stderr.split(separator: "\n").map(String.init)
            #expect(lines.count == 2)
            #expect(lines.contains("error: pain.now: 11 is outside 0…10"))
            #expect(
                lines.contains { $0.hasPrefix("error: screening.redFlags[0]: \"tired\" is not one of saddleNumbness") })
        }
    }

    @Test func malformedJSONAndMissingFilesAreBadInput() {
        let malformed = run(["plan", "--assessment", "-"], stdin: "{\"schema\": ")
        #expect(malformed.exitCode == 2)
        #expect(malformed.stderr.contains("malformed JSON at line 1"))
        let missing = run(["plan", "--assessment", "/no/such/file.json"])
        #expect(missing.exitCode == 2)
        #expect(
            missing.stderr
                == "error: --assessment: cannot read \"/no/such/file.json\" (no such file, or not readable)\n")
    }

    @Test func usageMistakesAreBadInputToo() {
        #expect(run(["plan"]).exitCode == 2)
        #expect(run(["plan", "--assessment", "x", "--bogus"]).exitCode == 2)
        #expect(run(["frobnicate"]).exitCode == 2)
        let help = run(["--help"])
        #expect(help.exitCode == 0 && help.stdout.contains("catalog"))
        // A subcommand's help is its own, however it is asked for.
        for arguments in [["plan", "--help"], ["help", "plan"], ["plan", "-h"]] {
            let planHelp = run(arguments)
            #expect(planHelp.exitCode == 0, "\(arguments)")
            #expect(
                planHelp.stdout.contains("USAGE: lumbar plan") && planHelp.stdout.contains("--assessment"),
                "\(arguments)")
        }
        #expect(run([]).exitCode == 0)
    }

    @Test func catalogListsAndFilters() throws {
        let all = try JSONParser.parse(run(["catalog", "--json"]).stdout)
        guard case .array(let exercises)? = all["exercises"] else { Issue.record("no exercises"); return }
        #expect(exercises.count == Fixtures.catalog.exercises.count)
        #expect(all["schema"] == .string("lumbar.catalog/1"))

        let filtered = try JSONParser.parse(
            run(["catalog", "--json", "--phase", "activate", "--muscle", "gluteusMedius"]).stdout)
        guard case .array(let some)? = filtered["exercises"] else { Issue.record("no exercises"); return }
        #expect(!some.isEmpty)
        for exercise in some {
            #expect(exercise["phase"] == .string("activate"))
            guard case .array(let targets)? = exercise["targets"] else { continue }
            #expect(targets.contains(.string("gluteusMedius")))
        }
        let text = run(["catalog", "--search", "bridge"])
        #expect(text.exitCode == 0 && text.stdout.contains("Glute bridge"))
        #expect(run(["catalog", "--search", "zzzz"]).stdout.hasPrefix("No exercises match"))
    }

    @Test func catalogRejectsUnknownFilterValuesListingTheAcceptedOnes() {
        let result = run(["catalog", "--phase", "warmup", "--muscle", "glutes"])
        #expect(result.exitCode == 2)
        #expect(
            result.stderr.contains(
                "error: --phase: \"warmup\" is not one of inhibit, lengthen, activate, integrate, condition"))
        #expect(result.stderr.contains("error: --muscle: \"glutes\" is not one of hipFlexors,"))
    }

    @Test func routinesPrintTheSevenWorkouts() throws {
        let json = try JSONParser.parse(run(["routines", "--json"]).stdout)
        #expect(json["schema"] == .string("lumbar.routines/1"))
        guard case .array(let routines)? = json["routines"] else { Issue.record("no routines"); return }
        #expect(routines.count == 7)
        let text = run(["routines"]).stdout
        #expect(text.contains("Prone strength [prone-strength]: 3 rounds"))
        #expect(text.contains("Bird dog: 5 reps, each side"))
    }
}
