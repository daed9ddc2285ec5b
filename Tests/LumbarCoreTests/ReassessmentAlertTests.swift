import Testing

@testable import LumbarCore

/// Issue 12, point 8: half the planned sessions for two weeks, or pain flat for four weeks, raise an
/// alert that suggests assessing the client again.
@Suite struct ReassessmentAlertTests {
    typealias F = ProgressionFixtures
    let program = F.program(["glute-bridge", "dead-bug"], daysPerWeek: 4)

    func alerts(_ sessions: [LoggedSession]) -> [String] { F.next(program, sessions).alerts ?? [] }
    func fewSessions(_ alerts: [String]) -> Bool { alerts.contains { $0.hasPrefix("Fewer than half") } }
    func flat(_ alerts: [String]) -> Bool { alerts.contains { $0.hasPrefix("Pain has not changed") } }

    /// A shift worker on a 4-day plan who manages one session a week.
    @Test func oneSessionAWeekOnAFourDayPlanSuggestsAssessingAgain() throws {
        let alerts = alerts(F.sessions(program, days: [0, 1, 2, 3, 8, 19], pain: 1))
        #expect(fewSessions(alerts))
        let alert = try #require(alerts.first { $0.hasPrefix("Fewer than half") })
        #expect(alert.contains("(1 of 4, then 1 of 4)"), "\(alert)")
    }

    @Test func oneGoodWeekAfterAPoorOneRaisesNothing() {
        #expect(!fewSessions(alerts(F.sessions(program, days: [0, 9, 10, 11, 13], pain: 1))))
        // A week just begun is judged by the days it has had: one session in its first day is on plan.
        #expect(!fewSessions(alerts(F.sessions(program, days: [0, 2, 4, 6, 7], pain: 1))))
        // Only one week logged: too soon to say.
        #expect(!fewSessions(alerts(F.sessions(program, days: [0], pain: 1))))
    }

    /// A desk worker who trains faithfully for four weeks at a steady 4/10.
    @Test func painFlatForFourWeeksSuggestsAssessingAgain() {
        let days = [0, 2, 4, 6, 7, 9, 11, 13, 14, 16, 18, 20, 21, 23, 25, 27]
        let steady = F.sessions(program, days: days, pain: 1, before: 4, after: 4, morning: 4)
        #expect(flat(alerts(steady)))
        #expect(!fewSessions(alerts(steady)))
        // Three weeks are too few to call it flat.
        #expect(!flat(alerts(Array(steady.prefix(12)))))
    }

    @Test func aFallThatMattersOrLittlePainLeftRaisesNothing() {
        let days = [0, 2, 4, 6, 7, 9, 11, 13, 14, 16, 18, 20, 21, 23, 25, 27]
        // From 5/10 to 3/10: a fall of 2 points.
        let falling = days.map { day in
            let pain = day < 7 ? 5 : day < 21 ? 4 : 3
            return F.session(
                day: day, before: pain, after: pain, morning: pain, program.allExercises.map { F.done($0, pain: 1) })
        }
        #expect(!flat(alerts(falling)))
        // From 2/10 to 2/10: little pain left to lose.
        #expect(!flat(alerts(F.sessions(program, days: days, pain: 1, before: 2, after: 2, morning: 2))))
        // From 3/10 to 2/10 is not 2 points, but it is a third: better.
        let third = days.map { day in
            let pain = day < 21 ? 3 : 2
            return F.session(
                day: day, before: pain, after: pain, morning: pain, program.allExercises.map { F.done($0, pain: 1) })
        }
        #expect(!flat(alerts(third)))
    }
}
