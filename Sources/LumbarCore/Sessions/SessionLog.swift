/// A `lumbar.sessions/1` document: the sessions a person has done, oldest first.
public struct SessionLog: Equatable, Hashable, Sendable {
    /// The `schema` value of a session log document.
    public static let schema = "lumbar.sessions/1"

    /// In date order (the same day may appear more than once).
    public var sessions: [LoggedSession]

    /// A log of `sessions`, which must be in date order.
    public init(sessions: [LoggedSession]) { self.sessions = sessions }

    /// Each session in which exercise `id` was done, with that exercise's entry, oldest first.
    /// Skipped entries are left out: a skipped exercise was not done, and never counts as done or
    /// as progress (CONTRACT.md, second round).
    public func entries(for id: String) -> [(session: LoggedSession, exercise: LoggedExercise)] {
        sessions.compactMap { session in
            session.exercises.first { $0.id == id && !$0.skipped }.map { (session, $0) }
        }
    }

    /// The sessions that list exercise `id`, done or skipped, with its entry, oldest first.
    func allEntries(for id: String) -> [(session: LoggedSession, exercise: LoggedExercise)] {
        sessions.compactMap { session in session.exercises.first { $0.id == id }.map { (session, $0) } }
    }
}

/// One logged session: the day, the pain around it, and what was done.
public struct LoggedSession: Equatable, Hashable, Sendable {
    /// The day the session was done.
    public var date: CivilDate
    /// Pain 0–10 just before the session.
    public var painBefore: Int
    /// Pain 0–10 just after the session.
    public var painAfter: Int
    /// Nil until the next morning's pain is known.
    public var painNextMorning: Int?
    /// What was done, in the order done.
    public var exercises: [LoggedExercise]
    /// Free text for the trainer (an extension to the contract's fields).
    public var notes: String?

    /// A session; see the properties for each field.
    public init(
        date: CivilDate, painBefore: Int, painAfter: Int, painNextMorning: Int?, exercises: [LoggedExercise],
        notes: String? = nil
    ) {
        self.date = date
        self.painBefore = painBefore
        self.painAfter = painAfter
        self.painNextMorning = painNextMorning
        self.exercises = exercises
        self.notes = notes
    }

    /// Whether the pain settled by the next morning (no higher than before the session); nil until known.
    public var settled: Bool? { painNextMorning.map { $0 <= painBefore } }

    /// Every pain value of the session with a plain-words label, in log order.
    func painReadings(names: (String) -> String) -> [PainReading] { SessionPain(self).painReadings(names: names) }

    /// The highest pain value of the session.
    public var worstPain: Int {
        ([painBefore, painAfter, painNextMorning ?? 0] + exercises.filter { !$0.skipped }.map(\.painDuring)).max()!
    }
}

/// One pain value and where it was recorded ("after the session", "during Glute bridge").
struct PainReading: Equatable, Hashable, Sendable {
    var value: Int
    var label: String
}

/// One exercise as the person did it in a session.
public struct LoggedExercise: Equatable, Hashable, Sendable {
    /// The catalog id of the exercise.
    public var id: String
    /// Sets done (per side for one-sided work); 0 when skipped.
    public var setsDone: Int
    /// Reps per set, one entry per set done; nil for timed or held work that is not counted in reps.
    public var repsDone: [Int]?
    /// The hold actually managed, when logged.
    public var holdSeconds: Int?
    /// The highest pain 0–10 during the exercise.
    public var painDuring: Int
    /// False when the spine shifted or the movement broke down in any set.
    public var formOk: Bool
    /// True for `{"id": …, "skipped": true}`: not done, so no sets, pain or form (the other fields
    /// hold zeros and mean nothing).
    public var skipped: Bool = false

    /// An exercise entry; see the properties for each field.
    public init(
        id: String, setsDone: Int, repsDone: [Int]?, holdSeconds: Int? = nil, painDuring: Int, formOk: Bool
    ) {
        self.id = id
        self.setsDone = setsDone
        self.repsDone = repsDone
        self.holdSeconds = holdSeconds
        self.painDuring = painDuring
        self.formOk = formOk
    }

    /// A skipped exercise: not done, no pain, no form.
    public static func skipped(_ id: String) -> LoggedExercise {
        var entry = LoggedExercise(id: id, setsDone: 0, repsDone: nil, painDuring: 0, formOk: true)
        entry.skipped = true
        return entry
    }

    /// True when the session reached the prescribed sets, reps and hold (a hold that was not logged
    /// counts as reached: it is unknown, not short).
    public func reached(_ dose: ProgramDose) -> Bool {
        guard setsDone >= dose.sets else { return false }
        if let reps = dose.reps, let repsDone, repsDone.contains(where: { $0 < reps }) { return false }
        if let hold = dose.holdSeconds, let holdSeconds, holdSeconds < hold { return false }
        return true
    }
}
