import LumbarTestSupport
import PropertyBased
import Testing

@testable import LumbarCore

/// The dashboard computes each client's overview from session pain summaries (`SessionPain`), with
/// the exercises only of sessions whose pain during reached the severe level; it must say exactly
/// what the overview of the full sessions says.
@Suite struct ClientOverviewTests {
    static let today = CivilDate("2026-11-20")!
    static let ids = ["glute-bridge", "bird-dog", "dead-bug", "cat-camel"]

    static func names(_ id: String) -> String { "Name of \(id)" }

    /// The summary the dashboard builds from the store's columns: no exercises, unless a severe
    /// pain during needs them named, as the store then sends the document along.
    static func summary(_ session: LoggedSession) -> SessionPain {
        var pain = SessionPain(session)
        pain.exercises = nil
        if pain.needsExercises { pain.exercises = session.exercises }
        return pain
    }

    static func overview(_ sessions: [LoggedSession], planned: Int?, today: CivilDate = today) -> ClientOverview {
        ClientOverview(recent: sessions, latest: sessions.last, plannedPerWeek: planned, today: today, names: names)
    }

    static func summaryOverview(_ sessions: [LoggedSession], planned: Int?, today: CivilDate = today)
        -> ClientOverview
    {
        ClientOverview(
            pains: sessions.map(summary), latest: sessions.last.map(summary), plannedPerWeek: planned, today: today,
            names: names)
    }

    static func exercise(_ id: String, pain: Int) -> LoggedExercise {
        LoggedExercise(id: id, setsDone: 2, repsDone: [10, 10], painDuring: pain, formOk: true)
    }

    @Test func aSummaryKeepsThePainAndTheHighestPainDuring() {
        let session = LoggedSession(
            date: Self.today, painBefore: 3, painAfter: 4, painNextMorning: nil,
            exercises: [Self.exercise("bird-dog", pain: 2), Self.exercise("dead-bug", pain: 5)])
        let pain = SessionPain(session)
        #expect(pain.highestPainDuring == 5)
        #expect(pain.painNextMorning == nil)
        #expect(!pain.needsExercises)
        var bare = pain
        bare.exercises = nil
        #expect(!bare.needsExercises)
        bare.highestPainDuring = SessionPain.exercisesNeededFrom
        #expect(bare.needsExercises)
        let empty = LoggedSession(date: Self.today, painBefore: 0, painAfter: 0, painNextMorning: 0, exercises: [])
        #expect(SessionPain(empty).highestPainDuring == nil)
    }

    @Test func aSeverePainDuringIsNamedFromTheExercises() {
        let session = LoggedSession(
            date: Self.today.adding(days: -1), painBefore: 2, painAfter: 3, painNextMorning: 2,
            exercises: [Self.exercise("bird-dog", pain: 9), Self.exercise("dead-bug", pain: 1)])
        let full = Self.overview([session], planned: 3)
        #expect(full.alerts.count == 1)
        #expect(full.alerts.first?.contains("9/10 during Name of bird-dog on 2026-11-19") == true)
        #expect(Self.summaryOverview([session], planned: 3) == full)
        // Without the exercises the alert still fires, worded without the name.
        var bare = SessionPain(session)
        bare.exercises = nil
        let unnamed = ClientOverview(
            pains: [bare], latest: bare, plannedPerWeek: 3, today: Self.today, names: Self.names)
        #expect(unnamed.alerts.first?.contains("9/10 during an exercise on 2026-11-19") == true)
    }

    @Test func painsBelowTheSevereLevelNeedNoExercises() {
        let sessions = (0..<6).map { day in
            LoggedSession(
                date: Self.today.adding(days: -12 + day * 2), painBefore: 2 + day / 2, painAfter: 3,
                painNextMorning: day % 2 == 0 ? nil : 2 + day,
                exercises: [Self.exercise("glute-bridge", pain: 7)])
        }
        #expect(sessions.map(Self.summary).allSatisfy { $0.exercises == nil })
        #expect(Self.summaryOverview(sessions, planned: 4) == Self.overview(sessions, planned: 4))
    }

    /// Random logs over the last five weeks (some sessions after today, some days with two), random
    /// pains across the scale, random plans: the two paths agree on everything.
    @Test func summariesGiveTheSameOverviewAsFullSessions() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...1_000_000)) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            let count = Int.random(in: 0...20, using: &rng)
            func pain() -> Int {
                Bool.random(using: &rng) ? Int.random(in: 0...3, using: &rng) : Int.random(in: 0...10, using: &rng)
            }
            var sessions = (0..<count).map { _ in
                let exercises = Self.ids.filter { _ in Bool.random(using: &rng) }.map {
                    Self.exercise($0, pain: pain())
                }
                return LoggedSession(
                    date: Self.today.adding(days: Int.random(in: -35...2, using: &rng)), painBefore: pain(),
                    painAfter: pain(), painNextMorning: Int.random(in: 0..<3, using: &rng) == 0 ? nil : pain(),
                    exercises: exercises)
            }
            // Date order, as the store returns them; same-day sessions keep their random order.
            sessions = sessions.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
                .map(\.element)
            let planned = Bool.random(using: &rng) ? Int.random(in: 1...7, using: &rng) : nil
            let full = Self.overview(sessions, planned: planned)
            let light = Self.summaryOverview(sessions, planned: planned)
            #expect(light == full, "seed \(seed)")
        }
    }
}
