import LumbarCore
import LumbarStore

/// What happened in one logged session, as the trainer reads it: the pains, each exercise with
/// what was done, its pain during (marked when it passed the stop line), its form, or that it was
/// skipped, and the notes (the player writes there which exercise was stopped because it hurt).
struct SessionPage {
    struct Line {
        var name: String
        var skipped: Bool
        var done: String
        var painDuring: Int
        var overStopLine: Bool
        var formOk: Bool
    }

    var clientID: String
    var clientName: String
    var sessionID: String
    var date: CivilDate
    var painBefore: Int
    var painAfter: Int
    var painNextMorning: Int?
    var stopLine: Int
    var lines: [Line]
    var notes: String?

    init(_ client: ClientRecord, _ record: SessionLogRecord, session: LoggedSession, catalog: Catalog) {
        clientID = client.id.wire
        clientName = client.name
        sessionID = record.id.wire
        date = session.date
        painBefore = session.painBefore
        painAfter = session.painAfter
        painNextMorning = session.painNextMorning
        stopLine = StopRule.limit(painBefore: session.painBefore)
        notes = session.notes
        lines = session.exercises.map { exercise in
            Line(
                name: catalog[exercise.id]?.name ?? exercise.id, skipped: exercise.skipped,
                done: SessionPage.done(exercise),
                painDuring: exercise.painDuring,
                overStopLine: StopRule.stops(painDuring: exercise.painDuring, painBefore: session.painBefore),
                formOk: exercise.formOk)
        }
    }

    /// "2 sets: 10, 8 reps", "3 sets, held 20 s", "1 set".
    static func done(_ exercise: LoggedExercise) -> String {
        let sets = exercise.setsDone == 1 ? "1 set" : "\(exercise.setsDone) sets"
        if let reps = exercise.repsDone, !reps.isEmpty {
            return sets + ": " + reps.map(String.init).joined(separator: ", ") + " reps"
        }
        if let hold = exercise.holdSeconds { return sets + ", held \(hold) s" }
        return sets
    }
}
