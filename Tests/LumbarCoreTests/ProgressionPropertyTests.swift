import LumbarJSON
import LumbarTestSupport
import PropertyBased
import Testing

@testable import LumbarCore

/// Properties of `lumbar next` over thousands of random planner programs and random session logs.
/// A failure reports the seed; the same seed rebuilds the same program and log.
@Suite struct ProgressionPropertyTests {
    typealias F = ProgressionFixtures
    static let planner = Planner(catalog: F.catalog)
    static let seeds = Gen.int(in: 0...1_000_000)

    /// A planner program for a random client (nil when screening stops it), with time to spare so
    /// that dose steps are not held for time.
    static func program(seed: Int) -> Program? {
        var program = planner.plan(RandomAssessment.make(seed: UInt64(seed)))
        guard program.decision == .proceed, !program.allExercises.isEmpty else { return nil }
        program.schedule.minutesPerSession = Assessment.Limits.minutesPerSession.upperBound
        return program
    }

    /// Random sessions after `after` for `program`: pains anywhere on the scale (mostly low, so
    /// that progress happens), form sometimes poor, doses sometimes short, mornings sometimes unknown.
    static func sessions<R: RandomNumberGenerator>(
        for program: Program, after start: Int, count: Int, using rng: inout R
    ) -> [LoggedSession] {
        var day = start
        return (0..<count).map { _ in
            day += Int.random(in: 0...3, using: &rng)
            func pain() -> Int {
                Bool.random(using: &rng) ? Int.random(in: 0...2, using: &rng) : Int.random(in: 0...10, using: &rng)
            }
            let exercises = program.allExercises.filter { _ in Int.random(in: 0..<5, using: &rng) > 0 }.map {
                var entry = F.done($0, pain: pain(), formOk: Int.random(in: 0..<5, using: &rng) > 0)
                if Int.random(in: 0..<6, using: &rng) == 0 { entry.setsDone = max(0, entry.setsDone - 1) }
                // No set done, no reps: an empty list reads back as "not counted" (nil).
                let reps = entry.repsDone.map { Array($0.prefix(entry.setsDone)) }
                entry.repsDone = reps?.isEmpty == true ? nil : reps
                return entry
            }
            return F.session(
                day: day, before: pain(), after: pain(),
                morning: Int.random(in: 0..<5, using: &rng) == 0 ? nil : pain(), exercises)
        }
    }

    @Test func neverProgressesWithPoorFormOrPainAboveFive() async {
        await propertyCheck(count: 1000, input: Self.seeds) { seed in
            guard let program = Self.program(seed: seed) else { return }
            var rng = SplitMix64(seed: UInt64(seed))
            let log = SessionLog(
                sessions: Self.sessions(for: program, after: 0, count: Int.random(in: 0...6, using: &rng), using: &rng))
            let result = F.engine.next(program, log: log)
            for exercise in result.allExercises where exercise.progression?.decision == .progress {
                let window = log.entries(for: exercise.progression?.from ?? exercise.id).suffix(2)
                #expect(window.count == 2, "seed \(seed): \(exercise.id)")
                for (session, entry) in window {
                    #expect(entry.formOk, "seed \(seed): \(exercise.id) progressed with poor form")
                    #expect(
                        entry.painDuring <= 2, "seed \(seed): \(exercise.id) progressed at pain \(entry.painDuring)")
                    #expect(session.settled == true, "seed \(seed): \(exercise.id) progressed before pain settled")
                }
            }
        }
    }

    /// The inverse property, exactly: after two comfortable sessions and then one at pain 7,
    /// - a chain step (progress replaced exercise E by F) comes back to E, in E's block, with E's
    ///   name, side and reasons, and with the dose a replacement gets (so exactly the start
    ///   whenever E started at that dose, as planner programs do);
    /// - a dose step (progress raised E's dose) comes back to the same dose whenever the start dose
    ///   was at or above E's reference dose (its catalog default) in every figure, the figures tried
    ///   before the raised one were at the reference, and the raised figure moved by a full step
    ///   (the top of its range did not cut it short): see `doseStepIsInvertible`.
    @Test func progressThenRegressReturnsToTheStart() async {
        await propertyCheck(count: 1000, input: Self.seeds) { seed in
            guard let start = Self.program(seed: seed) else { return }
            let progressed = F.next(start, F.sessions(start, days: [0, 2], pain: 1, before: 2, morning: 2))
            let comfortable = F.sessions(start, days: [0, 2], pain: 1, before: 2, morning: 2)
            let hurt = F.sessions(progressed, days: [4], pain: 7)
            let regressed = F.next(progressed, comfortable + hurt)
            let rules = ChainRules(catalog: F.catalog, program: start)
            for (block, original) in start.blocks.flatMap({ block in block.exercises.map { (block.phase, $0) } }) {
                let entry = F.catalog[original.id]!
                guard let middle = F.find(original.id, in: progressed), middle.progression?.decision == .progress
                else { continue }
                if middle.progression?.from == original.id {
                    let back = regressed.allExercises.first { $0.progression?.from == middle.id }
                    let path = "\(original.id) → \(middle.id) → \(back?.id ?? "?")"
                    #expect(back?.id == original.id, "seed \(seed): \(path)")
                    #expect(back?.name == original.name && back?.side == original.side && back?.why == original.why)
                    #expect(back?.dose == rules.startingDose(entry, carrying: original.dose.weakSideExtraSets))
                    if original.dose == rules.startingDose(entry, carrying: original.dose.weakSideExtraSets) {
                        #expect(
                            back.map {
                                ProgramExercise(id: $0.id, name: $0.name, dose: $0.dose, side: $0.side, why: $0.why)
                            } == original)
                    }
                    #expect(regressed.blocks.first { $0.exercises.contains { $0.id == original.id } }?.phase == block)
                } else if Self.doseStepIsInvertible(original, middle, entry: entry, rules: rules) {
                    let back = regressed.allExercises.first { $0.id == original.id }
                    #expect(
                        back?.dose == original.dose,
                        "seed \(seed): \(original.id) \(original.dose) → \(middle.dose) → \(back?.dose as Any)")
                }
            }
        }
    }

    /// The dose-step precondition: the start dose is at or above the reference in every figure,
    /// the figures tried before the raised one are at the reference (so regress, trying the same
    /// order, reaches the raised one first), and the raised figure moved by a full step (it was not
    /// cut short by the top of its range).
    static func doseStepIsInvertible(
        _ start: ProgramExercise, _ raised: ProgramExercise, entry: Exercise, rules: ChainRules
    ) -> Bool {
        let reference = rules.startingDose(entry, carrying: start.dose.weakSideExtraSets)
        let figures = DoseChange.Figure.allCases.compactMap { figure -> (DoseChange.Figure, Int, Int, Int)? in
            guard let value = figure.value(start.dose), let target = figure.value(reference),
                let after = figure.value(raised.dose)
            else { return nil }
            return (figure, value, target, after)
        }
        guard figures.allSatisfy({ $0.1 >= $0.2 }) else { return false }
        for (figure, value, target, after) in figures {
            if after == value {
                guard value == target else { return false }
                continue
            }
            guard let range = figure.range(entry.doseRange, for: start.dose) else { return false }
            return after == value + figure.step(range)
        }
        return false
    }

    @Test func dosesNeverLeaveTheirRange() async {
        await propertyCheck(count: 500, input: Self.seeds) { seed in
            guard var program = Self.program(seed: seed) else { return }
            var rng = SplitMix64(seed: UInt64(seed))
            var sessions: [LoggedSession] = []
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                let day = sessions.last.map { $0.date.days(since: F.firstDay) } ?? 0
                sessions += Self.sessions(
                    for: program, after: day, count: Int.random(in: 1...4, using: &rng), using: &rng)
                program = F.next(program, sessions)
                var ids = Set<String>()
                for block in program.blocks {
                    for exercise in block.exercises {
                        let entry = F.catalog[exercise.id]!
                        #expect(ids.insert(exercise.id).inserted, "seed \(seed): \(exercise.id) twice")
                        #expect(entry.phase == block.phase, "seed \(seed): \(exercise.id) in \(block.phase)")
                        #expect(
                            entry.doseRange.contains(exercise.dose.base),
                            "seed \(seed): \(exercise.id) \(exercise.dose)")
                        let sets = entry.doseRange.sets
                        if exercise.dose.weakSideExtraSets > 0 && sets.count > 1 {
                            #expect(sets.contains(exercise.dose.sets + exercise.dose.weakSideExtraSets), "seed \(seed)")
                        }
                        #expect(exercise.progression?.reason.isEmpty == false)
                    }
                }
            }
        }
    }

    @Test func theOutputReadsBackAndIsTheSameEveryTime() async {
        await propertyCheck(count: 300, input: Self.seeds) { seed in
            guard let program = Self.program(seed: seed) else { return }
            var rng = SplitMix64(seed: UInt64(seed))
            let log = SessionLog(sessions: Self.sessions(for: program, after: 0, count: 5, using: &rng))
            let result = F.engine.next(program, log: log)
            let text = JSONWriter.string(result.json)
            #expect(text == JSONWriter.string(F.engine.next(program, log: log).json))
            #expect((try? Program.parse(text, catalog: F.catalog)) == result, "seed \(seed)")
            #expect((try? SessionLog.parse(JSONWriter.string(log.json), catalog: F.catalog)) == log, "seed \(seed)")
        }
    }
}
