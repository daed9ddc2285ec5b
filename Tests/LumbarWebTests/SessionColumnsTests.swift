import LumbarCore
import LumbarJSON
import LumbarStore
import Testing

/// The session service computes a new session's columns from the entry it has just read
/// (`SessionColumns(_:)`), and the stores write them without parsing the document; migrations and
/// imports compute them from the document (`SessionColumns(document:)`). The two must always agree,
/// or the history would show figures the stored entry does not hold.
@Suite struct SessionColumnsTests {
    /// A small deterministic generator, so a failure names a session that can be made again.
    struct Generator {
        var state: UInt64
        mutating func next(_ range: ClosedRange<Int>) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return range.lowerBound + Int((state >> 33) % UInt64(range.count))
        }
    }

    static func session(_ seed: UInt64) -> LoggedSession {
        var random = Generator(state: seed)
        let exercises = (0..<random.next(0...8)).map { index -> LoggedExercise in
            if random.next(0...4) == 0 { return .skipped("exercise-\(index)") }
            let sets = random.next(0...4)
            return LoggedExercise(
                id: "exercise-\(index)", setsDone: sets,
                repsDone: random.next(0...1) == 0 ? nil : Array(repeating: random.next(1...15), count: sets),
                holdSeconds: random.next(0...1) == 0 ? nil : random.next(5...60), painDuring: random.next(0...10),
                formOk: random.next(0...1) == 0)
        }
        let notes = [nil, "", "Tight \"hamstrings\" <b>& é\n", "Felt good"][random.next(0...3)]
        return LoggedSession(
            date: CivilDate(year: 2026, month: 11, day: random.next(1...30)), painBefore: random.next(0...10),
            painAfter: random.next(0...10), painNextMorning: random.next(0...2) == 0 ? nil : random.next(0...10),
            exercises: exercises, notes: notes)
    }

    @Test func theEntrysColumnsAreTheDocumentsColumns() {
        for seed in UInt64(1)...500 {
            let session = Self.session(seed)
            let document = JSONWriter.string(session.json, pretty: false)
            #expect(SessionColumns(session) == SessionColumns(document: document), "seed \(seed): \(document)")
        }
    }

    @Test func aRecordKeepsTheColumnsItWasGivenAndRecomputesThemWhenItsDocumentChanges() throws {
        let session = Self.session(7)
        var record = SessionLogRecord(
            id: .init(), trainerID: .init(), clientID: .init(), programID: nil, programVersion: nil,
            date: session.date, document: JSONWriter.string(session.json, pretty: false),
            createdAt: .init(), columns: SessionColumns(session))
        #expect(record.columns == SessionColumns(session))
        record = try record.settingNextMorningPain(9)
        #expect(record.columns.pain.painNextMorning == 9)
        #expect(record.columns == SessionColumns(document: record.document))
    }
}
