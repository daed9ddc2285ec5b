import LumbarJSON
import LumbarTestSupport
import Testing

@testable import LumbarCore

@Suite struct AssessmentParsingTests {
    func issues(_ text: String) -> [String] {
        do {
            _ = try Assessment.parse(text)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    let minimal =
        #"{"schema": "lumbar.assessment/1", "client": {"name": "Dana"}, "screening": {"redFlags": []}, "pain": {"now": 4}}"#

    @Test func acceptsTheMinimalDocumentAndLeavesTheRestUnassessed() throws {
        let assessment = try Assessment.parse(minimal)
        #expect(assessment.client.name == "Dana")
        #expect(assessment.pain.now == 4)
        #expect(assessment.posture == nil)
        #expect(assessment.overheadSquat == nil)
        #expect(assessment.tests == Assessment.Tests())
        #expect(assessment.screening.medicalClearance == false)
    }

    @Test func namesTheFieldAndTheRangeOfAnOutOfRangeNumber() {
        let text = minimal.replacingOccurrences(of: #""now": 4"#, with: #""now": 11"#)
        #expect(issues(text) == ["pain.now: 11 is outside 0…10"])
    }

    @Test func reportsEveryProblemInOneGo() {
        let text = #"""
            {"schema": "lumbar.assessment/2", "client": {"name": "", "age": 300, "nickname": "D"},
             "screening": {"redFlags": ["backache"]}, "pain": {"now": "four", "worseWith": ["coughing"]},
             "posture": "slouched", "tests": {"bridge": "wobbly", "sidePlankSeconds": {"left": -1}},
             "preferences": {"daysPerWeek": 8, "equipment": ["barbell"]}, "extra": 1}
            """#
        let found = issues(text)
        #expect(found.contains("schema: \"lumbar.assessment/2\" is not supported (expected \"lumbar.assessment/1\")"))
        #expect(found.contains("client.name: must not be empty"))
        #expect(found.contains("client.age: 300 is outside 1…120"))
        #expect(found.contains { $0.hasPrefix("client.nickname: unknown key") })
        #expect(found.contains { $0.hasPrefix("screening.redFlags[0]: \"backache\" is not one of saddleNumbness,") })
        #expect(found.contains("pain.now: expected a whole number, found a string"))
        #expect(found.contains { $0.hasPrefix("pain.worseWith[0]: \"coughing\" is not one of sitting, standing") })
        #expect(found.contains("posture: expected an array, found a string"))
        #expect(found.contains("tests.bridge: \"wobbly\" is not one of good, archesBack, pushesThroughToes, painful"))
        #expect(found.contains("tests.sidePlankSeconds.left: -1 is outside 0…600"))
        #expect(found.contains("preferences.daysPerWeek: 8 is outside 1…7"))
        #expect(found.contains { $0.hasPrefix("preferences.equipment[0]: \"barbell\" is not one of mat,") })
        #expect(found.contains { $0.hasPrefix("extra: unknown key (expected one of schema, client,") })
    }

    @Test(arguments: ["schema", "client", "screening", "pain"])
    func requiresTheContractsRequiredFields(field: String) throws {
        guard case .object(let pairs) = try JSONParser.parse(minimal) else { return }
        let without = JSONWriter.string(.object(pairs.filter { $0.0 != field }))
        #expect(issues(without) == ["\(field): is required"])
    }

    @Test func requiresAnExplicitRedFlagAnswerBecauseScreeningCannotPassOnSilence() {
        let text = minimal.replacingOccurrences(of: #""redFlags": []"#, with: #""medicalClearance": false"#)
        #expect(issues(text) == ["screening.redFlags: is required"])
    }

    @Test func requiresPainNowAndAName() {
        #expect(
            issues(minimal.replacingOccurrences(of: #""now": 4"#, with: #""now": null"#)) == ["pain.now: is required"])
        #expect(
            issues(minimal.replacingOccurrences(of: #"{"name": "Dana"}"#, with: "{}")) == ["client.name: is required"])
    }

    @Test func rejectsFractionsWhereWholeNumbersAreExpected() {
        #expect(
            issues(minimal.replacingOccurrences(of: #""now": 4"#, with: #""now": 4.5"#))
                == ["pain.now: expected a whole number, found 4.5"])
    }

    @Test func rejectsAShiftToBothSides() {
        let text = minimal.replacingOccurrences(of: "}}", with: #"}, "overheadSquat": ["shiftsLeft", "shiftsRight"]}"#)
        #expect(issues(text) == ["overheadSquat: shiftsLeft and shiftsRight cannot both be observed in one squat"])
    }

    @Test func reportsMalformedJSONWithItsPosition() {
        #expect(
            issues("{\"schema\": }") == [
                "(document): malformed JSON at line 1, column 12: unexpected character '}', expected a value"
            ])
        #expect(issues("[]") == ["(document): expected an object, found an array"])
    }

    @Test func roundTripsEveryExample() throws {
        for name in ["desk-worker", "unstable-back", "left-side-weakness", "referral", "emergency"] {
            let assessment = try Fixtures.example(name)
            #expect(try Assessment.parse(JSONWriter.string(assessment.json)) == assessment)
        }
    }

    @Test func roundTripsRandomAssessments() throws {
        for seed in UInt64(0)..<300 {
            let assessment = RandomAssessment.make(seed: seed)
            #expect(try Assessment.parse(JSONWriter.string(assessment.json)) == assessment, "seed \(seed)")
        }
    }
}
