import LumbarCore

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
        guard let value = try? JSONParser.parse(document), case .object = value else {
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

    /// The `pain_next_morning` column for a document `settingNextMorningPain(pain)` just wrote: that
    /// document holds `pain` as its next-morning value, so the rule of `init(document:)` applies to
    /// `pain` itself, with no need to parse the document again.
    public static func nextMorningColumn(_ pain: Int) -> Int? { whole(.int(pain)) }

    /// A whole number that fits the columns (PostgreSQL `integer`); nil for anything else, as the
    /// migration's SQL decides.
    static func whole(_ value: JSONValue?) -> Int? {
        guard case .number(let number)? = value, number.rounded() == number, abs(number) < 1e9 else { return nil }
        return Int(number)
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
