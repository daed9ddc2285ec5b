extension Adherence {
    /// Sessions done versus scheduled over the logged weeks: 7-day windows from the first session
    /// to the last, `daysPerWeek` scheduled in each, and at most `daysPerWeek` counted as done per
    /// week (an extra session does not make up for a missed week).
    public init(log: SessionLog, daysPerWeek: Int) {
        let weeks = LoggedWeeks(log)
        let done = weeks.weeks.reduce(0) { $0 + min($1.sessions.count, daysPerWeek) }
        self.init(scheduled: weeks.span * daysPerWeek, done: done)
    }
}
