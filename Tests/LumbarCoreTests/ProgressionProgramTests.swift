import LumbarTestSupport
import Testing

@testable import LumbarCore

/// The program-level rules: maintenance after two pain-free weeks and back again, alerts, and
/// adherence.
@Suite struct ProgressionProgramTests {
    typealias F = ProgressionFixtures

    static let ids = ["foam-roll-hip-flexors", "glute-bridge", "bird-dog-hold"]

    /// Sessions on `days` with every pain value set to `pain`.
    func painFree(_ program: Program, days: [Int], pain: Int = 1) -> [LoggedSession] {
        F.sessions(program, days: days, pain: pain, before: pain, after: pain, morning: pain)
    }

    @Test func fourteenPainFreeDaysMoveToMaintenanceButThirteenDoNot() {
        let program = F.program(Self.ids, daysPerWeek: 4)
        let thirteen = F.next(program, painFree(program, days: [0, 3, 6, 9, 12]))
        #expect(thirteen.stage == .corrective && thirteen.schedule.daysPerWeek == 4)
        let fourteen = F.next(program, painFree(program, days: [0, 3, 6, 9, 13]))
        #expect(fourteen.stage == .maintenance)
        #expect(fourteen.schedule.daysPerWeek == 3)
        #expect(fourteen.blocks.map { $0.exercises.count } == program.blocks.map { $0.exercises.count })
        let caution = fourteen.cautions.last!
        #expect(caution.hasPrefix("Maintenance:") && caution.contains("2026-11-02 to 2026-11-15, 14 days"))
        #expect(caution.contains("activate and integrate"))
    }

    @Test func onlyTheTrailingRunOfPainFreeSessionsCounts() {
        let program = F.program(Self.ids)
        var sessions = painFree(program, days: [0, 3, 6, 9, 13, 16])
        sessions[1].painAfter = 2
        #expect(F.next(program, sessions).stage == .corrective)
        sessions = painFree(program, days: [0, 3, 6, 9, 13, 16])
        sessions[1].exercises[0].painDuring = 2
        #expect(F.next(program, sessions).stage == .corrective)
        sessions[1].exercises[0].painDuring = 1
        #expect(F.next(program, sessions).stage == .maintenance)
    }

    @Test(arguments: [(1, 2), (2, 2), (3, 3), (4, 3), (7, 3)])
    func maintenanceRunsTwoToThreeDaysAWeek(current: Int, expected: Int) {
        let program = F.program(Self.ids, daysPerWeek: current)
        #expect(F.next(program, painFree(program, days: [0, 7, 14])).schedule.daysPerWeek == expected)
    }

    @Test func painOfThreeInMaintenanceGoesBackToCorrectiveButTwoDoesNot() {
        var program = F.program(Self.ids, stage: .maintenance, daysPerWeek: 2)
        program.cautions = ["Maintenance: earlier note"]
        var sessions = painFree(program, days: [0, 7, 14])
        sessions[2].painAfter = 2
        let stays = F.next(program, sessions)
        #expect(stays.stage == .maintenance && stays.schedule.daysPerWeek == 2 && stays.alerts == [])
        sessions[2].painAfter = 3
        let back = F.next(program, sessions)
        #expect(back.stage == .corrective)
        #expect(back.schedule.daysPerWeek == 3)
        #expect(back.cautions.isEmpty)
        #expect(
            back.alerts?.first?.hasPrefix("Pain came back in maintenance: 3/10 after the session on 2026-11-16") == true
        )
    }

    @Test func painReturningMoreThanFourteenDaysAgoDoesNotCount() {
        let program = F.program(Self.ids, stage: .maintenance)
        var within = painFree(program, days: [1, 10, 14])
        within[0].painBefore = 4
        #expect(F.next(program, within).stage == .corrective)
        var before = painFree(program, days: [0, 10, 14])
        before[0].painBefore = 4
        #expect(F.next(program, before).stage == .maintenance)
    }

    @Test func painOfEightAlertsButSevenDoesNot() {
        let program = F.program(Self.ids)
        var sessions = F.sessions(program, days: [0, 2], pain: 2)
        sessions[1].exercises[1].painDuring = 7
        #expect(F.next(program, sessions).alerts == [])
        sessions[1].exercises[1].painDuring = 8
        let alerts = F.next(program, sessions).alerts ?? []
        #expect(alerts.count == 1)
        #expect(alerts[0].hasPrefix("Pain of 8/10 or more in the last 7 days (8/10 during Glute bridge on 2026-11-04)"))
        #expect(alerts[0].contains("refer"))
    }

    @Test func nextMorningPainRisingByTwoAlertsButByOneDoesNot() {
        let program = F.program(Self.ids)
        var sessions = F.sessions(program, days: [0, 2], pain: 1, before: 2, after: 2, morning: 1)
        sessions[1].painNextMorning = 2
        sessions[1].painBefore = 3
        #expect(F.next(program, sessions).alerts == [])
        sessions[1].painNextMorning = 3
        let alerts = F.next(program, sessions).alerts ?? []
        #expect(
            alerts == [
                "Next-morning pain rose by 2 or more between sessions (from 1/10 after 2026-11-02 to 3/10 after "
                    + "2026-11-04): review the load with the client, and if the mornings keep getting worse, "
                    + "refer them to a doctor or physiotherapist."
            ])
    }

    @Test func weeklyMeanPainRisingByHalfAPointAlerts() {
        let program = F.program(Self.ids)
        // Week one: every rating 2 (mean 2.0). Week two: one rating of 4 among six (mean 2.3), then
        // the second session's ratings all 3 (mean 2.5).
        var sessions = F.sessions(program, days: [0, 2, 7, 9], pain: 1, before: 2, after: 2, morning: 2)
        sessions[3].painAfter = 4
        #expect(F.next(program, sessions).alerts == [])
        (sessions[3].painBefore, sessions[3].painAfter, sessions[3].painNextMorning) = (3, 3, 3)
        let next = F.next(program, sessions)
        #expect(
            next.alerts == [
                "Pain is rising from week to week: the mean of the before, after and next-morning ratings went from "
                    + "2.0/10 in the 7 days to 2026-11-04 to 2.5/10 in the 7 days to 2026-11-11. Pain should not rise "
                    + "from week to week, so nothing progresses until it settles: review the load, and if it keeps "
                    + "rising, refer the client to a doctor or physiotherapist."
            ])
        // The alert and the decisions agree: two comfortable sessions, yet nothing progresses.
        for exercise in next.allExercises {
            #expect(exercise.progression?.decision == .hold, "\(exercise.id)")
            #expect(exercise.progression?.reason.contains("pain is rising from week to week") == true)
        }
    }

    @Test func adherenceCountsSessionsPerWeekUpToTheSchedule() {
        let program = F.program(Self.ids, daysPerWeek: 4)
        // Week one: five sessions (four count); week two: two.
        let sessions = F.sessions(program, days: [0, 1, 2, 3, 4, 8, 13], pain: 1)
        #expect(F.next(program, sessions).adherence == Adherence(scheduled: 8, done: 6))
        #expect(Adherence(scheduled: 8, done: 6).rate == 0.75)
        // A week with no session still counts as scheduled; the last window only its two days so
        // far (4 × 2 / 7, rounded up): 4 + 4 + 2.
        let gap = F.sessions(program, days: [0, 15], pain: 1)
        #expect(F.next(program, gap).adherence == Adherence(scheduled: 10, done: 2))
        // Issue 12: a review in the middle of a week does not count the days still to come.
        let midweek = F.sessions(program, days: [0, 2, 4, 7, 9], pain: 1)
        #expect(F.next(program, midweek).adherence == Adherence(scheduled: 6, done: 5))
    }

    @Test func adherenceUsesTheScheduleTheSessionsWereDoneUnder() {
        let program = F.program(Self.ids, daysPerWeek: 5)
        let result = F.next(program, painFree(program, days: [0, 2, 4, 7, 9, 11, 14]))
        #expect(result.stage == .maintenance && result.schedule.daysPerWeek == 3)
        // Two full weeks of 5 and the third week's first day (5 × 1 / 7, rounded up): 5 + 5 + 1.
        #expect(result.adherence == Adherence(scheduled: 11, done: 7))
    }

    @Test func anEmptyLogHoldsEverythingWithNoAlerts() {
        let program = F.program(Self.ids)
        let result = F.next(program, [])
        #expect(result.allExercises.allSatisfy { $0.progression?.decision == .hold })
        #expect(result.alerts == [] && result.adherence == Adherence(scheduled: 0, done: 0))
        #expect(result.stage == .corrective && result.blocks.map(\.phase) == Phase.allCases)
    }

    @Test func estimatedMinutesFollowTheNewDosesAndSessionTimeIsFlagged() {
        let program = F.program(Self.ids, minutes: 180)
        let result = F.next(program, F.sessions(program, days: [0, 2], pain: 1))
        #expect(result.estimatedMinutes == SessionTime.minutes(result.blocks))
        #expect(!result.cautions.contains { $0.hasPrefix("Session time:") })
        var tight = program
        tight.schedule.minutesPerSession = 5
        tight.cautions = ["Session time: an old note"]
        let flagged = F.next(tight, F.sessions(tight, days: [0, 2], pain: 1))
        #expect(flagged.cautions.filter { $0.hasPrefix("Session time:") }.count == 1)
        #expect(flagged.cautions[0].contains("more than the 5 planned"))
    }

    @Test func aReferredProgramGetsAlertsAndAdherenceOnly() {
        var program = F.program([])
        program.decision = .refer
        program.blocks = []
        program.estimatedMinutes = 0
        let result = F.next(program, [F.session(day: 0, before: 9, [])])
        #expect(result.blocks.isEmpty && result.stage == .corrective && result.estimatedMinutes == 0)
        #expect(result.alerts?.count == 1 && result.adherence == Adherence(scheduled: 1, done: 1))
    }
}
