import LumbarCore
import LumbarJSON

/// The pain figures of a session document that both backends keep in columns beside it
/// (`pain_before`, `pain_after`, `pain_next_morning`, `pain_during_max`), so the dashboard reads
/// them instead of parsing a month of documents per client. Each is nil when the document does not
/// hold it as a whole number; for a session the API accepted that happens only for the next
/// morning (not known yet) and the pain during (a session with no exercise).
///
/// Both backends compute them here on every write, and migration 003 fills them for older rows
/// with the same rules in SQL, so a row's columns always agree with its document.
public struct SessionPainColumns: Equatable, Sendable {
    public var painBefore: Int?
    public var painAfter: Int?
    public var painNextMorning: Int?
    /// The highest `painDuring` of the document's exercises.
    public var painDuringMax: Int?

    public init(painBefore: Int?, painAfter: Int?, painNextMorning: Int?, painDuringMax: Int?) {
        self.painBefore = painBefore
        self.painAfter = painAfter
        self.painNextMorning = painNextMorning
        self.painDuringMax = painDuringMax
    }

    /// The figures of a stored session document; all nil when it is not a JSON object.
    public init(document: String) {
        self.init(value: try? JSONParser.parse(document))
    }

    /// The figures of a parsed session document; all nil when it is not an object.
    public init(value: JSONValue?) {
        guard let value, case .object = value else {
            self.init(painBefore: nil, painAfter: nil, painNextMorning: nil, painDuringMax: nil)
            return
        }
        var during: Int?
        if case .array(let exercises)? = value["exercises"] {
            during = exercises.compactMap { Self.whole($0["painDuring"]) }.max()
        }
        self.init(
            painBefore: Self.whole(value["painBefore"]), painAfter: Self.whole(value["painAfter"]),
            painNextMorning: Self.whole(value["painNextMorning"]), painDuringMax: during)
    }

    /// A whole number that fits the columns (PostgreSQL `integer`); nil for anything else, as the
    /// migration's SQL decides.
    static func whole(_ value: JSONValue?) -> Int? {
        guard case .number(let number)? = value, number.rounded() == number, abs(number) < 1e9 else { return nil }
        return Int(number)
    }
}

/// What the client's history shows of a session besides its pain, kept in columns beside the
/// document (`exercises_logged`, `exercises_done`, `notes`; migration 004), so the client and share
/// pages list a year of sessions without parsing a year of documents. Each is nil when the document
/// does not hold it: the counts when `exercises` is not an array, the notes when they are not text.
public struct SessionHistoryColumns: Equatable, Sendable {
    /// How many exercises the session logged.
    public var exercisesLogged: Int?
    /// How many of them had at least one set done (`setsDone` a whole number above 0).
    public var exercisesDone: Int?
    public var notes: String?

    public init(exercisesLogged: Int?, exercisesDone: Int?, notes: String?) {
        self.exercisesLogged = exercisesLogged
        self.exercisesDone = exercisesDone
        self.notes = notes
    }

    /// The figures of a stored session document; all nil when it is not a JSON object.
    public init(document: String) {
        self.init(value: try? JSONParser.parse(document))
    }

    /// The figures of a parsed session document; all nil when it is not an object.
    public init(value: JSONValue?) {
        guard let value, case .object = value else {
            self.init(exercisesLogged: nil, exercisesDone: nil, notes: nil)
            return
        }
        var logged: Int?
        var done: Int?
        if case .array(let exercises)? = value["exercises"] {
            logged = exercises.count
            done =
                exercises.filter { exercise in
                    guard case .object = exercise else { return false }
                    return (SessionPainColumns.whole(exercise["setsDone"]) ?? 0) > 0
                }.count
        }
        var notes: String?
        if case .string(let text)? = value["notes"] { notes = text }
        self.init(exercisesLogged: logged, exercisesDone: done, notes: notes)
    }
}

/// Every column a session row keeps beside its document, from one parse of it: what the stores
/// write on each insert.
public struct SessionColumns: Equatable, Sendable {
    public var pain: SessionPainColumns
    public var history: SessionHistoryColumns

    public init(pain: SessionPainColumns, history: SessionHistoryColumns) {
        self.pain = pain
        self.history = history
    }

    public init(document: String) {
        let value = try? JSONParser.parse(document)
        pain = SessionPainColumns(value: value)
        history = SessionHistoryColumns(value: value)
    }

    /// The columns of a session already read, without writing and parsing its document again: the
    /// same figures `init(document:)` finds in `session.json` (skipped exercises carry no pain and
    /// no sets there, so they count neither way).
    public init(_ session: LoggedSession) {
        let summary = SessionPain(session)
        pain = SessionPainColumns(
            painBefore: summary.painBefore, painAfter: summary.painAfter, painNextMorning: summary.painNextMorning,
            painDuringMax: summary.highestPainDuring)
        history = SessionHistoryColumns(
            exercisesLogged: session.exercises.count,
            exercisesDone: session.exercises.filter { !$0.skipped && $0.setsDone > 0 }.count, notes: session.notes)
    }
}

/// What the dashboard needs of a program version, kept in a column (`days_per_week`) so it reads no
/// program document.
public enum ProgramColumns {
    /// The document's `schedule.daysPerWeek`; nil when it has none as a whole number.
    public static func daysPerWeek(document: String) -> Int? {
        guard let value = try? JSONParser.parse(document) else { return nil }
        return SessionPainColumns.whole(value["schedule"]?["daysPerWeek"])
    }
}
