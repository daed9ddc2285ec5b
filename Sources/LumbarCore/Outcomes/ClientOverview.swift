/// Where a client stands this week, for a trainer's dashboard: the latest pain, which way pain is
/// heading, this week's sessions against the plan, and any alert. Computed from the client's
/// recent sessions only, so an event from months ago does not alarm forever.
public struct ClientOverview: Equatable, Sendable {
    /// Which way pain is heading, week on week.
    public enum Trend: String, Equatable, Sendable {
        case falling, steady, rising
    }

    /// How many days of log the overview reads (two full weeks for the trend, with a margin).
    public static let windowDays = 28
    /// A weekly mean this far apart counts as a change; the same half point the progression alert uses.
    static let trendStep = ProgramAlerts.weeklyRise

    /// The date of the latest session, however old.
    public var lastSession: CivilDate?
    /// The latest pain the person reported: next morning's when logged, else after the session.
    public var lastPain: Int?
    /// The mean pain of the last 7 days against the 7 before; nil without sessions in both.
    public var trend: Trend?
    /// Sessions logged in the 7 days ending today (one per date).
    public var sessionsThisWeek: Int
    /// Sessions a week the program asks for; nil without a program.
    public var plannedPerWeek: Int?
    /// Program alerts over the recent sessions (severe pain, rising mornings, rising weeks).
    public var alerts: [String]

    /// - Parameters:
    ///   - recent: the client's sessions from `today - windowDays` on, oldest first.
    ///   - latest: the client's newest session, however old.
    ///   - names: the exercise name for an id, for alert wording.
    public init(
        recent: [LoggedSession], latest: LoggedSession?, plannedPerWeek: Int?, today: CivilDate,
        names: (String) -> String
    ) {
        self.init(
            pains: recent.map(SessionPain.init), latest: latest.map(SessionPain.init), plannedPerWeek: plannedPerWeek,
            today: today, names: names)
    }

    /// The same overview from the sessions' pain alone, which is all it reads: the sessions whose
    /// `needsExercises` is true must come with their exercises for the alerts to name them.
    /// - Parameters:
    ///   - pains: the client's sessions from `today - windowDays` on, oldest first.
    ///   - latest: the client's newest session, however old.
    ///   - names: the exercise name for an id, for alert wording.
    public init(
        pains recent: [SessionPain], latest: SessionPain?, plannedPerWeek: Int?, today: CivilDate,
        names: (String) -> String
    ) {
        let recent = recent.filter { today.days(since: $0.date) < Self.windowDays && $0.date <= today }
        lastSession = latest?.date
        lastPain = latest.map { $0.painNextMorning ?? $0.painAfter }
        self.plannedPerWeek = plannedPerWeek
        let thisWeek = recent.filter { today.days(since: $0.date) < 7 }
        let weekBefore = recent.filter { (7..<14).contains(today.days(since: $0.date)) }
        sessionsThisWeek = Set(thisWeek.map(\.date)).count
        trend = Self.trend(from: LoggedWeeks.meanPain(weekBefore), to: LoggedWeeks.meanPain(thisWeek))
        alerts = ProgramAlerts.alerts(recent, names: names)
    }

    static func trend(from earlier: Double?, to later: Double?) -> Trend? {
        guard let earlier, let later else { return nil }
        if later - earlier >= trendStep { return .rising }
        if earlier - later >= trendStep { return .falling }
        return .steady
    }
}
