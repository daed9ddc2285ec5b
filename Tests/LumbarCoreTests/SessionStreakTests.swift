import Testing

@testable import LumbarCore

@Suite struct SessionStreakTests {
    func dates(_ texts: String...) -> [CivilDate] { texts.map { CivilDate($0)! } }
    let monday = CivilDate("2026-11-23")!

    @Test func weeksStartOnMonday() {
        #expect(SessionStreak.weekStart(of: CivilDate("2026-11-23")!) == CivilDate("2026-11-23")!)
        #expect(SessionStreak.weekStart(of: CivilDate("2026-11-29")!) == CivilDate("2026-11-23")!)
        #expect(SessionStreak.weekStart(of: CivilDate("2026-11-30")!) == CivilDate("2026-11-30")!)
        #expect(SessionStreak.weekStart(of: CivilDate("1970-01-01")!) == CivilDate("1969-12-29")!)
        #expect(SessionStreak.weekStart(of: CivilDate("1969-12-28")!) == CivilDate("1969-12-22")!)
    }

    @Test func theDailyStreakEndsTodayOrYesterday() {
        let log = dates("2026-11-19", "2026-11-21", "2026-11-22", "2026-11-22", "2026-11-23")
        #expect(SessionStreak(dates: log, plannedPerWeek: 3, today: monday).days == 3)
        // Today is not over: yesterday's run still counts.
        #expect(SessionStreak(dates: log, plannedPerWeek: 3, today: monday.adding(days: 1)).days == 3)
        // A whole day without a session ends it.
        #expect(SessionStreak(dates: log, plannedPerWeek: 3, today: monday.adding(days: 2)).days == 0)
        let none = SessionStreak(dates: [], plannedPerWeek: 3, today: monday)
        #expect(none.days == 0 && none.weeks == 0)
        // A session dated after today (another time zone) does not count yet.
        #expect(SessionStreak(dates: dates("2026-11-24"), plannedPerWeek: 1, today: monday).days == 0)
    }

    @Test func theWeeklyStreakCountsWeeksThatMetThePlan() {
        // Weeks of 9, 16 and 2 Nov each with two sessions; the week of 23 Nov has one so far.
        let log = dates(
            "2026-11-02", "2026-11-04", "2026-11-10", "2026-11-12", "2026-11-16", "2026-11-20", "2026-11-23")
        // Two a week planned: this week is not over, so last week's run of three still stands.
        #expect(SessionStreak(dates: log, plannedPerWeek: 2, today: monday).weeks == 3)
        // One a week planned: this week already counts.
        #expect(SessionStreak(dates: log, plannedPerWeek: 1, today: monday).weeks == 4)
        // Three a week planned: no week met it.
        #expect(SessionStreak(dates: log, plannedPerWeek: 3, today: monday).weeks == 0)
        // Once next week starts, a short week breaks the run.
        #expect(SessionStreak(dates: log, plannedPerWeek: 2, today: monday.adding(days: 7)).weeks == 0)
        // Two sessions on one day are one day of training.
        #expect(SessionStreak(dates: dates("2026-11-16", "2026-11-16"), plannedPerWeek: 2, today: monday).weeks == 0)
    }

    @Test func thePlanIsClampedToAWeek() {
        let log = dates("2026-11-17")
        #expect(SessionStreak(dates: log, plannedPerWeek: 0, today: monday).weeks == 1)
        #expect(SessionStreak(dates: log, plannedPerWeek: 99, today: monday).weeks == 0)
    }
}
