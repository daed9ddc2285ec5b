/// What a program allows when one of its exercises is swapped for the next or previous one in
/// its progression chain, and what dose the newcomer starts at.
struct ChainRules {
    let catalog: Catalog
    let findings: ProgramFindings
    /// Directions of spinal load the program keeps out.
    let avoid: Set<SpinalDirection>
    /// The program does not carry the person's equipment list; what its exercises already use
    /// (and the ones they replaced last time, named by `progression.from`) stands in for it.
    let equipmentInUse: Set<Equipment>
    /// Ids present before this run; a step never lands on one, so it never duplicates an exercise.
    let originalIDs: Set<String>

    init(catalog: Catalog, program: Program) {
        self.catalog = catalog
        self.findings = program.findings
        self.avoid = Set(program.findings.avoid)
        let exercises = program.allExercises
        let ids = exercises.map(\.id) + exercises.compactMap(\.progression?.from)
        self.equipmentInUse = Set(ids.compactMap { catalog[$0] }.flatMap(\.equipment))
        self.originalIDs = Set(exercises.map(\.id))
    }

    /// Nil when `candidate` suits the program, otherwise why it does not (in plain words).
    func unsuitability(of candidate: Exercise, taken: Set<String>) -> String? {
        if let direction = candidate.intolerance, avoid.contains(direction) {
            return "\(candidate.name) loads the spine in \(direction.rawValue), which this back does not tolerate"
        }
        if let condition = candidate.unsuitableCondition(in: findings.conditions) {
            return "\(candidate.name) does not suit \(condition.label)"
        }
        // Seed 002: when the problem is instability, stretching the low back makes it worse.
        if findings.instability && candidate.stretchesLowBack {
            return "\(candidate.name) stretches the low back, which instability rules out"
        }
        let missing = candidate.equipment.filter { !equipmentInUse.contains($0) }
        if !missing.isEmpty {
            return
                "\(candidate.name) needs \(Wording.list(missing.map(\.rawValue))), which the program does not use yet"
        }
        if originalIDs.contains(candidate.id) || taken.contains(candidate.id) {
            return "\(candidate.name) is already in the program"
        }
        return nil
    }

    /// The dose an exercise starts at when it replaces another: the catalog default, with the
    /// weaker side's extra sets kept when it works one side at a time, and sets plus extra sets
    /// inside the range where the range allows it (as the planner does).
    func startingDose(_ exercise: Exercise, carrying extraSets: Int) -> ProgramDose {
        var dose = ProgramDose(exercise.dose)
        guard exercise.laterality == .unilateral, findings.weakSide != nil else { return dose }
        dose.weakSideExtraSets = max(extraSets, 1)
        let range = exercise.doseRange.sets
        dose.sets = max(range.lowerBound, min(dose.sets, range.upperBound - dose.weakSideExtraSets))
        return dose
    }

    /// `exercise` replaced by `next`: its catalog name and starting dose, the same side and reasons.
    func replace(_ exercise: ProgramExercise, with next: Exercise) -> ProgramExercise {
        ProgramExercise(
            id: next.id, name: next.name, dose: startingDose(next, carrying: exercise.dose.weakSideExtraSets),
            side: exercise.side, why: exercise.why)
    }
}
