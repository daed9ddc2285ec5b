/// The log cut into 7-day windows counted from the first session's date; only windows with a
/// session are kept ("logged weeks").
struct LoggedWeeks {
    struct Week {
        var index: Int
        var start: CivilDate
        var sessions: [SessionPain]

        var meanPain: Double? { LoggedWeeks.meanPain(sessions) }
    }

    let weeks: [Week]
    /// Calendar weeks from the first session to the last, logged or not (at least 1 when there is a session).
    let span: Int

    init(_ log: SessionLog) { self.init(log.sessions.map(SessionPain.init)) }

    /// Weeks read from pain alone, as the dashboard has it; `sessions` in date order.
    init(_ sessions: [SessionPain]) {
        guard let first = sessions.first, let last = sessions.last else {
            weeks = []
            span = 0
            return
        }
        var weeks: [Week] = []
        for session in sessions {
            let index = session.date.days(since: first.date) / 7
            if weeks.last?.index == index {
                weeks[weeks.count - 1].sessions.append(session)
            } else {
                weeks.append(Week(index: index, start: first.date.adding(days: index * 7), sessions: [session]))
            }
        }
        self.weeks = weeks
        span = last.date.days(since: first.date) / 7 + 1
    }

    var count: Int { weeks.count }

    /// Of `daysPerWeek` planned sessions, those the last window (calendar week `span - 1`) has had
    /// days for up to `latest`, the latest session's date: a review mid-week does not count days
    /// that have not come yet. Adherence and the re-assessment alert judge the last week by it.
    func plannedInLastWeek(_ daysPerWeek: Int, latest: CivilDate) -> Int {
        guard let first = weeks.first?.start else { return 0 }
        let elapsed = latest.days(since: first.adding(days: (span - 1) * 7)) + 1
        return (daysPerWeek * elapsed + 6) / 7
    }

    /// The mean of every before, after and next-morning pain of `sessions`; nil without any.
    static func meanPain(_ sessions: [SessionPain]) -> Double? {
        let values = sessions.flatMap { [$0.painBefore, $0.painAfter] + ($0.painNextMorning.map { [$0] } ?? []) }
        guard !values.isEmpty else { return nil }
        return Double(values.reduce(0, +)) / Double(values.count)
    }
}
