import LumbarCore
import Testing

/// Next-morning pain is asked on the session's own day and for two days after, never before the
/// session and never later: by the third day nobody remembers the morning after.
@Suite struct NextMorningQuestionTests {
    let session = CivilDate(year: 2026, month: 3, day: 30)

    @Test(arguments: [0, 1, 2])
    func askedOnTheDayAndForTwoDaysAfter(_ days: Int) {
        #expect(NextMorningQuestion.isDue(sessionDate: session, today: session.adding(days: days)))
    }

    @Test(arguments: [-1, 3, 30])
    func notAskedBeforeTheSessionNorOnceTheWindowHasPassed(_ days: Int) {
        #expect(!NextMorningQuestion.isDue(sessionDate: session, today: session.adding(days: days)))
    }

    @Test func theWindowCrossesAMonthEnd() {
        #expect(NextMorningQuestion.isDue(sessionDate: session, today: CivilDate(year: 2026, month: 4, day: 1)))
        #expect(!NextMorningQuestion.isDue(sessionDate: session, today: CivilDate(year: 2026, month: 4, day: 2)))
    }
}
