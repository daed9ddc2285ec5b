import LumbarCore

/// What a program allows in a swap, by the planner's rules: equipment the program already uses,
/// no spinal load it avoids, no low-back stretch when the spine is unstable, and no rolling or
/// stretching of a muscle found underactive. The program does not carry the person's equipment
/// list, so what its exercises use (and the ones they replaced) stands in for it, as in the
/// progression engine, widened by the equipment its assessment listed when that is at hand.
public struct ProgramFilters: Sendable {
    public let program: Program
    public let catalog: Catalog
    /// Equipment the person has beyond what the program uses (from the assessment).
    public var listedEquipment: Set<Equipment> = []

    public init(program: Program, catalog: Catalog, listedEquipment: Set<Equipment> = []) {
        self.program = program
        self.catalog = catalog
        self.listedEquipment = listedEquipment
    }

    /// Nil when `candidate` may join the block of `phase`, otherwise why not, in plain words.
    public func unsuitability(of candidate: Exercise, phase: Phase) -> String? {
        let exercises = program.allExercises
        if exercises.contains(where: { $0.id == candidate.id }) {
            return "\(candidate.name) is already in the program"
        }
        if candidate.phase != phase {
            return
                "\(candidate.name) is a \(candidate.phase.rawValue) exercise; a swap stays in the "
                + "\(phase.rawValue) block"
        }
        if let direction = candidate.intolerance, program.findings.avoid.contains(direction) {
            return "\(candidate.name) loads the spine in \(direction.rawValue), which this back does not tolerate"
        }
        if let condition = candidate.unsuitableCondition(in: program.findings.conditions) {
            return "\(candidate.name) does not suit \(condition.label)"
        }
        // Seed 002: when the problem is instability, stretching the low back makes it worse.
        if program.findings.instability && candidate.stretchesLowBack {
            return "\(candidate.name) stretches the low back, which instability rules out"
        }
        if candidate.phase == .inhibit || candidate.phase == .lengthen,
            let muscle = candidate.targets.first(where: program.findings.underactive.contains)
        {
            return "\(candidate.name) releases or stretches the \(muscle.displayName), which was found underactive"
        }
        // Issue 12, point 6: never strengthen a muscle the findings call overactive, whichever target.
        if candidate.phase == .activate || candidate.phase == .integrate,
            let muscle = candidate.targets.first(where: program.findings.overactive.contains)
        {
            return "\(candidate.name) works the \(muscle.displayName), which was found overactive"
        }
        let ids = exercises.map(\.id) + exercises.compactMap(\.progression?.from)
        let inUse = Set(ids.compactMap { catalog[$0] }.flatMap(\.equipment)).union(listedEquipment)
        let missing = candidate.equipment.filter { !inUse.contains($0) }
        if !missing.isEmpty {
            return
                "\(candidate.name) needs \(missing.map(\.rawValue).joined(separator: ", ")), which the program "
                + "does not use"
        }
        return nil
    }
}
