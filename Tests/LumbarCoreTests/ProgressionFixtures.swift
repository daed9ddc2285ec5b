import LumbarTestSupport

@testable import LumbarCore

/// Builders for the progression tests: small programs placed the way the planner places them,
/// and sessions that do each exercise at its prescribed dose.
enum ProgressionFixtures {
    static let catalog = Fixtures.catalog
    static let engine = ProgressionEngine(catalog: catalog)
    static let firstDay = CivilDate("2026-11-02")!

    /// A program holding `ids` in their catalog phases at their catalog default doses (with the
    /// weaker side's extra set on unilateral activate and integrate work), with time to spare.
    static func program(
        _ ids: [String], findings: ProgramFindings = .none, stage: Stage = .corrective, daysPerWeek: Int = 4,
        minutes: Int = 180, cautions: [String] = []
    ) -> Program {
        let skeleton = Program(
            decision: .proceed, reasons: [], findings: findings,
            schedule: Schedule(daysPerWeek: daysPerWeek, minutesPerSession: minutes), estimatedMinutes: 0,
            stage: stage, blocks: [], cautions: cautions)
        let rules = ChainRules(catalog: catalog, program: skeleton)
        var program = skeleton
        program.blocks = Phase.allCases.map { phase in
            ProgramBlock(
                phase: phase,
                exercises: ids.compactMap { catalog[$0] }.filter { $0.phase == phase }.map { entry in
                    ProgramExercise(
                        id: entry.id, name: entry.name, dose: rules.startingDose(entry, carrying: 0), side: .both,
                        why: ["test finding for \(entry.id)"])
                })
        }
        program.estimatedMinutes = SessionTime.minutes(program.blocks)
        return program
    }

    /// `exercise` done exactly as prescribed.
    static func done(_ exercise: ProgramExercise, pain: Int, formOk: Bool = true) -> LoggedExercise {
        let dose = exercise.dose
        return LoggedExercise(
            id: exercise.id, setsDone: dose.sets, repsDone: dose.reps.map { Array(repeating: $0, count: dose.sets) },
            holdSeconds: dose.holdSeconds, painDuring: pain, formOk: formOk)
    }

    /// A session `day` days after the first day.
    static func session(
        day: Int, before: Int = 2, after: Int = 2, morning: Int? = 2, _ exercises: [LoggedExercise]
    ) -> LoggedSession {
        LoggedSession(
            date: firstDay.adding(days: day), painBefore: before, painAfter: after, painNextMorning: morning,
            exercises: exercises)
    }

    /// Sessions on `days` doing every exercise of `program` at its dose with the given pain during.
    static func sessions(
        _ program: Program, days: [Int], pain: Int, before: Int = 2, after: Int = 2, morning: Int? = 2,
        formOk: Bool = true
    ) -> [LoggedSession] {
        days.map { day in
            session(
                day: day, before: before, after: after, morning: morning,
                program.allExercises.map { done($0, pain: pain, formOk: formOk) })
        }
    }

    /// The exercise of `program` with `id`, or the one that replaced it.
    static func find(_ id: String, in program: Program) -> ProgramExercise? {
        program.allExercises.first { $0.id == id } ?? program.allExercises.first { $0.progression?.from == id }
    }

    static func next(_ program: Program, _ sessions: [LoggedSession]) -> Program {
        engine.next(program, log: SessionLog(sessions: sessions))
    }
}
