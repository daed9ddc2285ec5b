/// How steadily a person has trained, for the encouragement on their share page.
///
/// - `days`: consecutive calendar days with at least one session, ending today, or yesterday when
///   today has none yet (a day is not missed until it is over).
/// - `weeks`: consecutive calendar weeks (Monday to Sunday) in which the person trained on as
///   many days as the program plans, ending this week or, while this week is still short of
///   the plan, the week before. Programs plan 2–7 days a week, so the weekly streak is the one
///   that fits an every-other-day program; the daily one rewards a run of days in a row.
///
/// Dates are the days the sessions were logged for; several sessions on one day count once.
public struct SessionStreak: Equatable, Sendable {
    public var days: Int
    public var weeks: Int

    /// The streaks on `today` for sessions dated `dates`; `plannedPerWeek` is clamped to 1…7.
    public init(dates: [CivilDate], plannedPerWeek: Int, today: CivilDate) {
        let days = Set(dates.filter { $0 <= today })
        let target = min(max(plannedPerWeek, 1), 7)

        var day = days.contains(today) ? today : today.adding(days: -1)
        var dayCount = 0
        while days.contains(day) {
            dayCount += 1
            day = day.adding(days: -1)
        }
        self.days = dayCount

        var perWeek: [CivilDate: Int] = [:]
        for date in days { perWeek[SessionStreak.weekStart(of: date), default: 0] += 1 }
        let thisWeek = SessionStreak.weekStart(of: today)
        var week = (perWeek[thisWeek] ?? 0) >= target ? thisWeek : thisWeek.adding(days: -7)
        var weekCount = 0
        while (perWeek[week] ?? 0) >= target {
            weekCount += 1
            week = week.adding(days: -7)
        }
        self.weeks = weekCount
    }

    /// The Monday of the calendar week holding `date`.
    public static func weekStart(of date: CivilDate) -> CivilDate {
        // 1970-01-01 was a Thursday, three days after a Monday; the double modulo keeps earlier dates right.
        let weekday = ((date.daysSinceEpoch + 3) % 7 + 7) % 7
        return date.adding(days: -weekday)
    }
}
