import LumbarCore

/// How a seeded client's pain goes over their log: most improve, some stay where they are, and a
/// few flare up at the end (which gives the trainer an alert).
enum PainCourse: CaseIterable {
    case improving, steady, flaring

    static func random(using rng: inout SeedRandom) -> PainCourse {
        let roll = Int.random(in: 0..<100, using: &rng)
        return roll < 70 ? .improving : roll < 90 ? .steady : .flaring
    }
}

/// Session entries for a seeded client: every exercise of their program, done at its dose, with pain
/// ratings that follow the client's course. Built as `LoggedSession` values and written by Core's own
/// writer, so every stored document reads back through `LoggedSession.parse`.
struct SeedSessions {
    let catalog: Catalog
    let program: Program
    let course: PainCourse
    /// The pain at the first session.
    let startPain: Int
    /// Where an improving course settles.
    let settledPain: Int

    init(catalog: Catalog, program: Program, using rng: inout SeedRandom) {
        self.catalog = catalog
        self.program = program
        self.course = PainCourse.random(using: &rng)
        self.startPain = Int.random(in: 3...6, using: &rng)
        self.settledPain = Int.random(in: 0...2, using: &rng)
    }

    /// The pain level around session `index` of `count`, before day-to-day noise.
    func basePain(_ index: Int, of count: Int) -> Double {
        let progress = count <= 1 ? 1 : Double(index) / Double(count - 1)
        switch course {
        case .improving:
            // Most of the fall comes in the first two thirds, then it holds.
            let fall = min(1, progress / 0.66)
            return Double(startPain) + Double(settledPain - startPain) * fall
        case .steady:
            return Double(max(2, startPain - 1))
        case .flaring:
            // Improves, then the last six sessions climb a point every two.
            let flareStart = max(0, count - 6)
            let improved = Double(startPain) + Double(settledPain + 1 - startPain) * min(1, progress / 0.66)
            return index < flareStart ? improved : improved + Double(index - flareStart + 1) / 2
        }
    }

    /// Session `index` of `count` on `date`.
    func session(_ index: Int, of count: Int, on date: CivilDate, using rng: inout SeedRandom) -> LoggedSession {
        func rating(_ base: Double, spread: Int = 1) -> Int {
            min(10, max(0, Int(base.rounded()) + Int.random(in: -spread...spread, using: &rng)))
        }
        let base = basePain(index, of: count)
        let before = rating(base)
        var exercises: [LoggedExercise] = []
        exercises.reserveCapacity(program.allExercises.count)
        for exercise in program.allExercises {
            let dose = exercise.dose
            var sets = dose.sets
            if sets > 1 && rng.chance(5) { sets -= 1 }
            // Counted work logs its reps (the catalog says which work is counted); holds log the hold.
            let counted = catalog[exercise.id]?.dose.reps != nil
            let reps = counted ? (dose.reps ?? 10) : nil
            exercises.append(
                LoggedExercise(
                    id: exercise.id, setsDone: sets,
                    repsDone: reps.map { reps in (0..<sets).map { _ in rng.chance(10) ? max(1, reps - 2) : reps } },
                    holdSeconds: dose.holdSeconds, painDuring: rating(base - 1), formOk: rng.chance(92)))
        }
        return LoggedSession(
            date: date, painBefore: before, painAfter: rating(base), painNextMorning: rating(base - 0.5),
            exercises: exercises, notes: rng.chance(4) ? rng.pick(Self.notes) : nil)
    }

    static let notes = [
        "Long day at the desk beforehand.", "Felt looser after the foam rolling.", "Slept badly.",
        "Bridges felt strong today.", "Short on time; kept the rests brief.", "Back was stiff in the morning.",
    ]
}
