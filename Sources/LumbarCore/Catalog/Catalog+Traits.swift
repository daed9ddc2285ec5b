/// The few facts about an exercise that the planner tests in its inner loops, packed so that
/// testing them copies and hashes nothing.
struct ExerciseTraits {
    var phase: Phase
    var primary: Muscle
    var targets: MuscleMask
    /// Bit `n` set when the exercise needs the equipment of ordinal `n`.
    var equipment: UInt32
    var intolerance: SpinalDirection?
    var stretchesLowBack: Bool
    /// Bit `n` set when the exercise does not suit the clinical condition of ordinal `n`.
    var unsuitableFor: UInt8
    var position: Position

    /// Whether the exercise is done with a chair (its seated versions).
    var usesChair: Bool { equipment & 1 << UInt32(Equipment.chair.ordinal) != 0 }

    init(_ exercise: Exercise) {
        phase = exercise.phase
        primary = exercise.primaryTarget
        targets = MuscleMask(exercise.targets)
        equipment = exercise.equipment.reduce(0) { $0 | 1 << UInt32($1.ordinal) }
        intolerance = exercise.intolerance
        stretchesLowBack = exercise.stretchesLowBack
        unsuitableFor = ClinicalCondition.mask(exercise.unsuitableFor)
        position = exercise.position
    }
}
