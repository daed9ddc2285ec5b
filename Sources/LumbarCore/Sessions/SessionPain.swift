/// A session's pain ratings without the rest of its entry: what the overview and the program
/// alerts read. The store keeps these figures in columns beside each session's document, so the
/// dashboard can read a month of sessions for every client without parsing a document each.
public struct SessionPain: Equatable, Hashable, Sendable {
    /// The day the session was done.
    public var date: CivilDate
    /// Pain 0–10 just before the session.
    public var painBefore: Int
    /// Pain 0–10 just after the session.
    public var painAfter: Int
    /// Nil until the next morning's pain is known.
    public var painNextMorning: Int?
    /// The highest pain during any exercise; nil when the session has no exercise.
    public var highestPainDuring: Int?
    /// The exercises as done, when read: a severe-pain alert names them, so a session whose pain
    /// during reached `exercisesNeededFrom` must come with them (see `needsExercises`).
    public var exercises: [LoggedExercise]?

    /// Pain during an exercise this high raises the severe-pain alert, whose wording names the
    /// exercise; below it the exercises change nothing the overview shows.
    public static let exercisesNeededFrom = ProgramAlerts.severePain

    /// A summary; see the properties for each field.
    public init(
        date: CivilDate, painBefore: Int, painAfter: Int, painNextMorning: Int?, highestPainDuring: Int?,
        exercises: [LoggedExercise]? = nil
    ) {
        self.date = date
        self.painBefore = painBefore
        self.painAfter = painAfter
        self.painNextMorning = painNextMorning
        self.highestPainDuring = highestPainDuring
        self.exercises = exercises
    }

    /// The pain of a full session, its exercises included.
    public init(_ session: LoggedSession) {
        self.init(
            date: session.date, painBefore: session.painBefore, painAfter: session.painAfter,
            painNextMorning: session.painNextMorning,
            highestPainDuring: session.exercises.filter { !$0.skipped }.map(\.painDuring).max(),
            exercises: session.exercises)
    }

    /// True when the alerts would word a severe pain during an exercise that is not known here.
    public var needsExercises: Bool { exercises == nil && (highestPainDuring ?? 0) >= Self.exercisesNeededFrom }

    /// Every pain value of the session with a plain-words label, in log order. Without the
    /// exercises, the highest pain during stands for them, said without a name.
    func painReadings(names: (String) -> String) -> [PainReading] {
        var readings = [
            PainReading(value: painBefore, label: "before the session"),
            PainReading(value: painAfter, label: "after the session"),
        ]
        if let painNextMorning { readings.append(PainReading(value: painNextMorning, label: "the next morning")) }
        if let exercises {
            readings += exercises.filter { !$0.skipped }.map {
                PainReading(value: $0.painDuring, label: "during \(names($0.id))")
            }
        } else if let highestPainDuring {
            readings.append(PainReading(value: highestPainDuring, label: "during an exercise"))
        }
        return readings
    }
}
