import Foundation
import LumbarJSON
import LumbarTestSupport
import PropertyBased
import Testing

@testable import LumbarCore

/// `lumbar.program/1` reads back everything the planner and `lumbar next` write, and nothing else.
@Suite struct ProgramParsingTests {
    let catalog = Fixtures.catalog
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    var deskWorker: String {
        JSONWriter.string(Planner(catalog: catalog).plan(try! Fixtures.example("desk-worker")).json)
    }

    func issues(_ text: String) -> [String] {
        do {
            _ = try Program.parse(text, catalog: catalog)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    func replacing(_ old: String, with new: String, in text: String? = nil) -> [String] {
        let text = text ?? deskWorker
        #expect(text.contains(old), "the program lacks \(old)")
        guard let range = text.range(of: old) else { return [] }
        return issues(text.replacingCharacters(in: range, with: new))
    }

    @Test(arguments: ["desk-worker", "unstable-back", "left-side-weakness", "referral", "emergency"])
    func readsBackWhatThePlannerWrites(name: String) throws {
        let program = Planner(catalog: catalog).plan(try Fixtures.example(name))
        #expect(try Program.parse(JSONWriter.string(program.json), catalog: catalog) == program)
        #expect(try Program.parse(JSONWriter.string(program.json, pretty: false), catalog: catalog) == program)
    }

    @Test func readsBackRandomPrograms() async {
        let planner = Planner(catalog: catalog)
        let catalog = catalog
        await propertyCheck(count: 500, input: Gen.int(in: 0...1_000_000)) { seed in
            let program = planner.plan(RandomAssessment.make(seed: UInt64(seed)))
            #expect((try? Program.parse(JSONWriter.string(program.json), catalog: catalog)) == program, "seed \(seed)")
        }
    }

    @Test func readsBackProgressionNotesAlertsAndAdherence() throws {
        var program = try Program.parse(deskWorker, catalog: catalog)
        program.blocks[2].exercises[0].progression = ProgressionNote(
            decision: .progress, reason: "Comfortable twice.", from: "glute-squeeze")
        program.blocks[2].exercises[1].progression = ProgressionNote(decision: .hold, reason: "Acceptable pain.")
        program.alerts = ["Pain of 8/10."]
        program.adherence = Adherence(scheduled: 8, done: 6)
        program.stage = .maintenance
        #expect(try Program.parse(JSONWriter.string(program.json), catalog: catalog) == program)
    }

    @Test func namesAnotherSchemaAndNothingElse() {
        let assessment = try! String(contentsOfFile: Fixtures.examplePath("desk-worker"), encoding: .utf8)
        #expect(
            issues(assessment) == [#"schema: "lumbar.assessment/1" is not supported (expected "lumbar.program/1")"#])
        #expect(issues("{}").first == "schema: is required")
        #expect(issues("[]") == ["(document): expected an object, found an array"])
    }

    @Test func rejectsUnknownKeysWithTheirPaths() {
        #expect(
            replacing(#""stage": "corrective","#, with: #""stage": "corrective", "id": 7,"#)
                == [
                    "id: unknown key (expected one of schema, decision, reasons, findings, schedule, estimatedMinutes, stage, blocks, cautions, alerts, adherence)"
                ])
        #expect(
            replacing(#""weakSideExtraSets": 0"#, with: #""weakSideExtraSets": 0, "rest": 30"#)
                == [
                    "blocks[0].exercises[0].dose.rest: unknown key (expected one of sets, reps, holdSeconds, minutes, perSide, weakSideExtraSets)"
                ])
    }

    @Test func checksExercisesAgainstTheCatalog() {
        #expect(
            replacing(#""id": "glute-bridge""#, with: #""id": "leg-press""#)
                == [#"blocks[2].exercises[0].id: "leg-press" is not in the catalog"#])
        #expect(
            replacing(#""id": "glute-bridge""#, with: #""id": "walking""#) == [
                #"blocks[2].exercises[0].id: "walking" is a condition exercise, not activate"#,
                "blocks[2].exercises[0].dose.sets: 2 is outside walking's range 1…1",
                "blocks[2].exercises[0].dose.reps: must be null: walking has no reps",
                "blocks[2].exercises[0].dose.holdSeconds: must be null: walking has no holdSeconds",
                "blocks[2].exercises[0].dose.minutes: is required: walking is dosed in minutes",
            ])
        var twice = try! Program.parse(deskWorker, catalog: catalog)
        twice.blocks[2].exercises.append(twice.blocks[2].exercises[0])
        #expect(
            issues(JSONWriter.string(twice.json))
                == [#"blocks[2].exercises[4].id: "glute-bridge" is already in the program at blocks[2].exercises[0]"#])
    }

    @Test func checksDosesAgainstTheCatalogsRanges() {
        #expect(
            replacing(#""reps": 12"#, with: #""reps": 20"#)
                == ["blocks[2].exercises[0].dose.reps: 20 is outside glute-bridge's range 10…15"])
        #expect(
            replacing(#""sets": 2"#, with: #""sets": 4"#)
                == ["blocks[2].exercises[0].dose.sets: 4 is outside glute-bridge's range 1…3"])
        #expect(
            replacing(#""reps": 12"#, with: #""reps": null"#)
                == ["blocks[2].exercises[0].dose.reps: is required: glute-bridge is dosed in reps"])
        #expect(
            replacing(#""sets": 1"#, with: #""sets": -1"#)
                == ["blocks[0].exercises[0].dose.sets: -1 is outside 1…50"])
    }

    @Test func checksTheBlocksAndTheRestOfTheShape() {
        #expect(
            replacing(#""phase": "lengthen""#, with: #""phase": "inhibit""#).first
                == #"blocks[1].exercises[0].id: "thoracic-rotation" is a lengthen exercise, not inhibit"#
        )
        var empty = ProgressionFixtures.program([])
        empty.blocks.swapAt(0, 1)
        #expect(
            issues(JSONWriter.string(empty.json))
                == [
                    "blocks: must be the five phases in continuum order (inhibit, lengthen, activate, integrate, condition)"
                ])
        empty.blocks.swapAt(0, 1)
        empty.decision = .refer
        #expect(issues(JSONWriter.string(empty.json)) == ["blocks: must be empty when the decision is not proceed"])
        #expect(
            replacing(#""weakSide": null"#, with: #""weakSide": "both""#) == [
                "findings.weakSide: must be left, right or null"
            ])
        #expect(
            replacing(#""stage": "corrective""#, with: #""stage": "done""#) == [
                #"stage: "done" is not one of corrective, maintenance"#
            ])
        #expect(
            replacing(#""why": ["#, with: #""why": [], "old": ["#).contains(
                "blocks[0].exercises[0].why: must name at least one finding"))
        #expect(
            replacing(#""daysPerWeek": 4"#, with: #""daysPerWeek": 9"#) == ["schedule.daysPerWeek: 9 is outside 1…7"])
    }

    @Test func checksProgressionNotesAndAdherence() throws {
        var program = try Program.parse(deskWorker, catalog: catalog)
        program.blocks[2].exercises[0].progression = ProgressionNote(decision: .progress, reason: "r", from: "nope")
        program.adherence = Adherence(scheduled: 8, done: 6)
        let text = JSONWriter.string(program.json)
        #expect(issues(text) == [#"blocks[2].exercises[0].progression.from: "nope" is not in the catalog"#])
        #expect(
            replacing(
                #""done": 6"#, with: #""done": 9"#, in: text.replacingOccurrences(of: "nope", with: "glute-squeeze"))
                == ["adherence.done: 9 is more than the 8 sessions scheduled"])
        #expect(
            replacing(
                #""decision": "progress""#, with: #""decision": "advance""#,
                in: text.replacingOccurrences(of: "nope", with: "glute-squeeze"))
                == [#"blocks[2].exercises[0].progression.decision: "advance" is not one of progress, hold, regress"#])
    }
}

@Suite struct ProgramAvoidTests {
    @Test func aMixedPatternIsCarriedInFindingsAvoidAndReadBack() throws {
        var assessment = Fixtures.minimal()
        assessment.pain.worseWith = [.sitting, .standing]
        let program = Planner(catalog: Fixtures.catalog).plan(assessment)
        #expect(program.findings.intolerance == nil)
        #expect(program.findings.avoid == [.flexion, .extension])
        let read = try Program.parse(JSONWriter.string(program.json), catalog: Fixtures.catalog)
        #expect(read.findings.avoid == [.flexion, .extension])
    }

    @Test func aProgramWithoutAvoidFollowsItsIntolerance() throws {
        let program = Planner(catalog: Fixtures.catalog).plan(try Fixtures.example("desk-worker"))
        let text = JSONWriter.string(program.json).replacingOccurrences(of: ",\n    \"avoid\": [\"flexion\"]", with: "")
        #expect(!text.contains("\"avoid\""))
        #expect(try Program.parse(text, catalog: Fixtures.catalog).findings.avoid == [.flexion])
    }

    @Test func avoidMustIncludeTheIntolerance() throws {
        let program = Planner(catalog: Fixtures.catalog).plan(try Fixtures.example("desk-worker"))
        let text = JSONWriter.string(program.json).replacingOccurrences(
            of: "\"avoid\": [\"flexion\"]", with: "\"avoid\": []")
        #expect(throws: ValidationFailure.self) { try Program.parse(text, catalog: Fixtures.catalog) }
    }
}
