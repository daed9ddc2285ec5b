extension Adherence {
    /// Sessions done versus scheduled over the logged weeks: 7-day windows from the first session
    /// to the last, `daysPerWeek` scheduled in each, and at most `daysPerWeek` counted as done per
    /// week (an extra session does not make up for a missed week). The last window counts only the
    /// days it has had up to the latest session (issue 12: fifteen pain-free days once showed 13 of
    /// 15), and never fewer than the sessions done in it.
    public init(log: SessionLog, daysPerWeek: Int) {
        let weeks = LoggedWeeks(log)
        let done = weeks.weeks.reduce(0) { $0 + min($1.sessions.count, daysPerWeek) }
        guard let last = weeks.weeks.last, let lastDate = last.sessions.last?.date else {
            self.init(scheduled: 0, done: 0)
            return
        }
        let partial = weeks.plannedInLastWeek(daysPerWeek, latest: lastDate)
        let lastScheduled = min(daysPerWeek, max(min(last.sessions.count, daysPerWeek), partial))
        self.init(scheduled: (weeks.span - 1) * daysPerWeek + lastScheduled, done: done)
    }
}
