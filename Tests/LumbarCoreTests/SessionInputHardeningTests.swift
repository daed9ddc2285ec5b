import LumbarJSON
import LumbarTestSupport
import Testing

@testable import LumbarCore

/// What a new session may carry: a date near today, text without control characters, and
/// `repsDone: []` for reps that were not counted.
@Suite struct SessionInputHardeningTests {
    let catalog = Fixtures.catalog
    let dates = SessionDates(since: CivilDate("2026-03-10")!, today: CivilDate("2026-12-06")!)

    func session(date: String = "2026-12-01", notes: String? = nil, exercise: String = "") -> String {
        let notesField = notes.map { #", "notes": \#($0)"# } ?? ""
        return #"{"date": "\#(date)", "painBefore": 2, "painAfter": 2\#(notesField), "exercises": [\#(exercise)]}"#
    }

    func issues(_ text: String, dates: SessionDates?) -> [String] {
        do {
            _ = try LoggedSession.parse(text, catalog: catalog, dates: dates)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    @Test func acceptsDatesFromAYearBeforeTheClientToTomorrow() {
        for date in ["2025-03-10", "2026-01-01", "2026-12-06", "2026-12-07"] {
            #expect(issues(session(date: date), dates: dates) == [], "\(date)")
        }
    }

    @Test func refusesFarFutureAndFarPastDatesNamingTheField() {
        #expect(
            issues(session(date: "9999-12-31"), dates: dates) == [
                "date: 9999-12-31 is in the future; a session can be dated at the latest 2026-12-07"
            ])
        #expect(
            issues(session(date: "2026-12-08"), dates: dates) == [
                "date: 2026-12-08 is in the future; a session can be dated at the latest 2026-12-07"
            ])
        #expect(
            issues(session(date: "2025-03-09"), dates: dates) == [
                "date: 2025-03-09 is too far back; a session can be dated from 2025-03-10 on"
            ])
        #expect(issues(session(date: "0001-01-01"), dates: dates).count == 1)
        // A stored session is read without a window: old history stays readable.
        #expect(issues(session(date: "2019-05-05"), dates: nil) == [])
    }

    @Test func aYearBeforeTheTwentyNinthOfFebruaryIsTheTwentyEighth() {
        let leap = SessionDates(since: CivilDate("2028-02-29")!, today: CivilDate("2028-03-01")!)
        #expect(leap.earliest == CivilDate("2027-02-28"))
        #expect(SessionDates.log(today: CivilDate("2026-12-06")!).earliest == CivilDate("2024-12-06"))
    }

    @Test func everyDateTheWindowAcceptsKeepsAdherenceWithinTheProgramsLimits() {
        // The window is what keeps a progression's adherence inside what a program may hold.
        let log = SessionDates.log(today: CivilDate("2026-12-06")!)
        let first = LoggedSession(date: log.earliest, painBefore: 1, painAfter: 1, painNextMorning: nil, exercises: [])
        let last = LoggedSession(date: log.latest, painBefore: 1, painAfter: 1, painNextMorning: nil, exercises: [])
        let adherence = Adherence(log: SessionLog(sessions: [first, last]), daysPerWeek: 7)
        #expect(adherence.scheduled <= 1_000_000 && adherence.scheduled > 700)
    }

    @Test func refusesControlCharactersInNotesButKeepsLineBreaks() {
        #expect(issues(session(notes: #""Felt fine.\nWalked after.\tGood""#), dates: dates) == [])
        #expect(
            issues(session(notes: #""a\u0000b""#), dates: dates) == [
                "notes: contains the control character U+0000, which is not allowed here"
            ])
        #expect(issues(session(notes: #""bell\u0007""#), dates: dates).count == 1)
        #expect(issues(session(notes: #""del\u007F""#), dates: dates).count == 1)
    }

    @Test func classifiesTextCharacters() {
        #expect(TextCharacters.line.problem(in: "Dana Walker") == nil)
        #expect(TextCharacters.line.problem(in: "Zoë Łukasz 李") == nil)
        #expect(TextCharacters.line.problem(in: "a\u{0}b") != nil)
        #expect(TextCharacters.line.problem(in: "two\nlines") != nil)
        #expect(TextCharacters.line.problem(in: "tab\there") != nil)
        #expect(TextCharacters.line.problem(in: "evil\u{202E}gpj.exe") != nil)
        #expect(TextCharacters.line.problem(in: "isolate\u{2066}x\u{2069}") != nil)
        #expect(TextCharacters.line.problem(in: "c1\u{85}") != nil)
        #expect(TextCharacters.lines.problem(in: "one\r\ntwo\tthree") == nil)
        #expect(TextCharacters.lines.problem(in: "rtl \u{202E} mark") == nil)
        #expect(TextCharacters.secret.problem(in: "correct horse\u{0}") != nil)
        #expect(TextCharacters.secret.problem(in: "tab\tinside") != nil)
        #expect(TextCharacters.secret.problem(in: "spaces and ünïcode are fine") == nil)
    }

    @Test func anEmptyRepsListMeansTheRepsWereNotCounted() throws {
        // A generic client always sends the array; for a held exercise an empty one is not an error.
        let held =
            #"{"id": "side-plank", "setsDone": 1, "repsDone": [], "holdSeconds": 20, "painDuring": 1, "formOk": true}"#
        let parsed = try LoggedSession.parse(session(exercise: held), catalog: catalog, dates: dates)
        #expect(parsed.exercises.first?.repsDone == nil)
        // A non-empty list still needs one entry per set.
        let short =
            #"{"id": "side-plank", "setsDone": 2, "repsDone": [5], "holdSeconds": 20, "painDuring": 1, "formOk": true}"#
        #expect(issues(session(exercise: short), dates: dates).first?.contains("has 1 entry but setsDone is 2") == true)
        // Counted work still needs its reps: an empty list there is the same as leaving them out.
        let bridge = #"{"id": "glute-bridge", "setsDone": 2, "repsDone": [], "painDuring": 1, "formOk": true}"#
        #expect(issues(session(exercise: bridge), dates: dates).first?.contains("is required") == true)
    }
}
