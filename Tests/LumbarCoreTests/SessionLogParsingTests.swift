import LumbarJSON
import LumbarTestSupport
import Testing

@testable import LumbarCore

/// `lumbar.sessions/1` is validated like an assessment: every problem, each with its JSON path.
@Suite struct SessionLogParsingTests {
    let catalog = Fixtures.catalog

    /// The contract's example, with a second session added.
    let example = """
        {
          "schema": "lumbar.sessions/1",
          "sessions": [
            { "date": "2026-11-20", "painBefore": 3, "painAfter": 4, "painNextMorning": 3,
              "exercises": [
                { "id": "glute-bridge", "setsDone": 2, "repsDone": [12, 12],
                  "holdSeconds": null, "painDuring": 2, "formOk": true } ] },
            { "date": "2026-11-20", "painBefore": 2, "painAfter": 2, "notes": "Evening walk as well.",
              "exercises": [
                { "id": "foam-roll-hip-flexors", "setsDone": 1, "holdSeconds": 30, "painDuring": 0, "formOk": true } ] }
          ]
        }
        """

    func issues(_ text: String) -> [String] {
        do {
            _ = try SessionLog.parse(text, catalog: catalog)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    func replacing(_ old: String, with new: String) -> [String] {
        #expect(example.contains(old), "the example lacks \(old)")
        return issues(example.replacingOccurrences(of: old, with: new))
    }

    @Test func readsTheContractsExample() throws {
        let log = try SessionLog.parse(example, catalog: catalog)
        #expect(log.sessions.count == 2)
        let first = log.sessions[0]
        #expect(first.date == CivilDate(year: 2026, month: 11, day: 20))
        #expect(first.painNextMorning == 3 && first.settled == true)
        #expect(
            first.exercises == [
                LoggedExercise(
                    id: "glute-bridge", setsDone: 2, repsDone: [12, 12], holdSeconds: nil, painDuring: 2, formOk: true)
            ])
        // The same day twice is allowed; next-morning pain and reps of held work may be left out.
        #expect(log.sessions[1].painNextMorning == nil && log.sessions[1].settled == nil)
        #expect(log.sessions[1].exercises[0].repsDone == nil && log.sessions[1].notes == "Evening walk as well.")
    }

    @Test func writesWhatItReads() throws {
        let log = try SessionLog.parse(example, catalog: catalog)
        #expect(try SessionLog.parse(JSONWriter.string(log.json), catalog: catalog) == log)
    }

    @Test func namesOutOfRangePainsWithTheirPaths() {
        #expect(
            replacing(#""painBefore": 3"#, with: #""painBefore": -1"#)
                == ["sessions[0].painBefore: -1 is outside 0…10"]
        )
        #expect(
            replacing(#""painAfter": 4"#, with: #""painAfter": 11"#) == ["sessions[0].painAfter: 11 is outside 0…10"])
        #expect(
            replacing(#""painNextMorning": 3"#, with: #""painNextMorning": 2.5"#)
                == ["sessions[0].painNextMorning: expected a whole number, found 2.5"])
        #expect(
            replacing(#""painDuring": 0"#, with: #""painDuring": 12"#)
                == ["sessions[1].exercises[0].painDuring: 12 is outside 0…10"])
    }

    @Test func rejectsNegativeSetsAndRepsThatDoNotMatchThem() {
        #expect(
            replacing(#""setsDone": 2"#, with: #""setsDone": -1"#) == [
                "sessions[0].exercises[0].setsDone: -1 is outside 0…50"
            ])
        #expect(
            replacing(#""repsDone": [12, 12]"#, with: #""repsDone": [12]"#)
                == ["sessions[0].exercises[0].repsDone: has 1 entry but setsDone is 2; give one per set"])
        #expect(
            replacing(#""repsDone": [12, 12]"#, with: #""repsDone": [12, -3]"#)
                == ["sessions[0].exercises[0].repsDone[1]: -3 is outside 0…1000"])
        #expect(
            replacing(#""repsDone": [12, 12],"#, with: "")
                == [
                    "sessions[0].exercises[0].repsDone: is required: glute-bridge is counted in reps (one entry per set done)"
                ])
        #expect(
            replacing(#""holdSeconds": 30"#, with: #""holdSeconds": -5"#) == [
                "sessions[1].exercises[0].holdSeconds: -5 is outside 0…3600"
            ])
    }

    @Test func rejectsExercisesOutsideTheCatalogAndTwiceInOneSession() {
        #expect(
            replacing(#""id": "glute-bridge""#, with: #""id": "leg-press""#) == [
                #"sessions[0].exercises[0].id: "leg-press" is not in the catalog"#
            ])
        let entry = #""id": "foam-roll-hip-flexors", "setsDone": 1"#
        let twice = example.replacingOccurrences(
            of: entry, with: entry + #", "painDuring": 0, "formOk": true }, { "# + entry)
        #expect(
            issues(twice) == [
                #"sessions[1].exercises[1].id: "foam-roll-hip-flexors" is already logged in this session at exercises[0]"#
            ])
    }

    @Test func rejectsDatesOutOfOrderOrNotOnTheCalendar() {
        #expect(
            replacing(#""date": "2026-11-20", "painBefore": 2"#, with: #""date": "2026-11-19", "painBefore": 2"#)
                == [
                    "sessions[1].date: 2026-11-19 comes before the previous session's 2026-11-20; sessions must be in date order"
                ])
        for bad in [
            "2026-02-29", "2026-13-01", "2026-11-31", "20-11-2026", "2026-1-05", "2026-11-20T10:00", "yesterday",
        ] {
            #expect(
                replacing(#""date": "2026-11-20", "painBefore": 3"#, with: #""date": "\#(bad)", "painBefore": 3"#)
                    == [#"sessions[0].date: "\#(bad)" is not a calendar date written YYYY-MM-DD"#])
        }
    }

    @Test func rejectsUnknownKeysMissingFieldsAndTheWrongSchema() {
        #expect(
            replacing(#""formOk": true } ] },"#, with: #""formOk": true, "rpe": 6 } ] },"#)
                == [
                    "sessions[0].exercises[0].rpe: unknown key (expected one of id, setsDone, repsDone, holdSeconds, painDuring, formOk, skipped)"
                ])
        #expect(
            replacing(#""painAfter": 4, "#, with: "")
                == ["sessions[0].painAfter: is required"])
        #expect(
            replacing(#""formOk": true } ] },"#, with: #""formOk": "yes" } ] },"#)
                == ["sessions[0].exercises[0].formOk: expected true or false, found a string"])
        #expect(
            replacing(#""lumbar.sessions/1""#, with: #""lumbar.program/1""#)
                == [#"schema: "lumbar.program/1" is not supported (expected "lumbar.sessions/1")"#])
        #expect(issues("{\"schema\": \"lumbar.sessions/1\"}") == ["sessions: is required"])
        #expect(issues("[1, 2").first?.hasPrefix("(document): malformed JSON at line 1") == true)
    }

    @Test func limitsNotesTo500Characters() {
        let long = String(repeating: "a", count: 501)
        #expect(
            replacing("Evening walk as well.", with: long)
                == ["sessions[1].notes: is 501 characters long; at most 500 are allowed"])
        #expect(replacing("Evening walk as well.", with: "").isEmpty)
    }

    @Test func reportsEveryProblemInDocumentOrder() {
        let text = """
            {"schema": "lumbar.sessions/1", "sessions": [
              {"date": "2026-11-02", "painBefore": -1, "painAfter": 2, "exercises": [
                {"id": "nope", "setsDone": -1, "painDuring": 2, "formOk": true}]},
              {"date": "2026-11-01", "painBefore": 1, "painAfter": 1, "exercises": []}]}
            """
        #expect(
            issues(text) == [
                "sessions[0].painBefore: -1 is outside 0…10",
                #"sessions[0].exercises[0].id: "nope" is not in the catalog"#,
                "sessions[0].exercises[0].setsDone: -1 is outside 0…50",
                "sessions[1].date: 2026-11-01 comes before the previous session's 2026-11-02; sessions must be in date order",
            ])
    }

    @Test func readsOneSessionOnItsOwnForTheAPI() throws {
        let session = try LoggedSession.parse(
            #"{"date": "2026-11-20", "painBefore": 1, "painAfter": 1, "exercises": []}"#, catalog: catalog)
        #expect(session.date.description == "2026-11-20" && session.exercises.isEmpty)
        do {
            _ = try LoggedSession.parse(
                #"{"date": "2026-11-20", "painBefore": 11, "painAfter": 1, "exercises": []}"#, catalog: catalog)
            Issue.record("accepted a pain of 11")
        } catch {
            #expect(error.issues.map(\.description) == ["painBefore: 11 is outside 0…10"])
        }
    }
}

/// Session dates are plain calendar days; day arithmetic needs no time zone.
@Suite struct SessionLogDateTests {
    @Test func countsDaysFromTheEpoch() {
        #expect(CivilDate("1970-01-01")?.daysSinceEpoch == 0)
        #expect(CivilDate("1969-12-31")?.daysSinceEpoch == -1)
        #expect(CivilDate("2000-03-01")?.daysSinceEpoch == 11_017)
        #expect(CivilDate("2026-11-20")!.days(since: CivilDate("2026-11-06")!) == 14)
        #expect(CivilDate("2027-01-01")!.days(since: CivilDate("2026-12-31")!) == 1)
    }

    @Test func knowsTheLeapYears() {
        #expect(CivilDate("2024-02-29") != nil && CivilDate("2000-02-29") != nil)
        #expect(CivilDate("2023-02-29") == nil && CivilDate("1900-02-29") == nil)
        #expect(CivilDate("2024-03-01")!.days(since: CivilDate("2024-02-28")!) == 2)
    }

    @Test func printsWhatItParsesForEveryDayOfFourCenturies() {
        // 146,097 days make one full 400-year cycle of the Gregorian calendar.
        let start = CivilDate("1900-01-01")!
        let days = (0..<146_097).map { start.adding(days: $0) }
        #expect(days.filter { CivilDate($0.description) != $0 }.isEmpty)
        #expect(zip(days, days.dropFirst()).allSatisfy { $0.0 < $0.1 })
        #expect(days.last?.description == "2299-12-31")
    }
}
