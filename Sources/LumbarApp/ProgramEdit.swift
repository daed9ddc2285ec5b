import LumbarCore
import LumbarJSON

/// A trainer's hand edit of a program: swap one exercise for another of the same phase, or set
/// an exercise's dose within the catalog's range. Each accepted edit becomes a new version.
public enum ProgramEdit: Equatable, Sendable {
    case swap(from: String, to: String)
    case dose(exercise: String, sets: Int?, reps: Int?, holdSeconds: Int?, minutes: Int?)

    /// The program with the edit made; a conflict for a referral, `invalid` (or a `ValidationFailure`
    /// of every wrong figure) naming the field that cannot be accepted.
    public func apply(to program: Program, catalog: Catalog, listedEquipment: Set<Equipment> = []) throws
        -> Program
    {
        guard program.decision == .proceed, !program.blocks.isEmpty else {
            throw AppError.conflict("This program is a referral and has no exercises to edit.")
        }
        var edited: Program
        switch self {
        case .swap(let from, let to):
            edited = try Self.swap(
                program, from: from, to: to,
                filters: ProgramFilters(
                    program: program, catalog: catalog, listedEquipment: listedEquipment))
        case .dose(let id, let sets, let reps, let hold, let minutes):
            edited = try Self.dose(
                program, id: id, sets: sets, reps: reps, hold: hold, minutes: minutes, catalog: catalog)
        }
        edited.estimatedMinutes = SessionTime.minutes(edited.blocks)
        return edited
    }

    private static func position(of id: String, in program: Program) -> (block: Int, index: Int)? {
        for (blockIndex, block) in program.blocks.enumerated() {
            if let index = block.exercises.firstIndex(where: { $0.id == id }) { return (blockIndex, index) }
        }
        return nil
    }

    private static func swap(_ program: Program, from: String, to: String, filters: ProgramFilters)
        throws -> Program
    {
        let catalog = filters.catalog
        guard let (blockIndex, index) = position(of: from, in: program) else {
            throw AppError.invalid(path: "swap.from", message: "\"\(from)\" is not in this program")
        }
        guard let entry = catalog[to] else {
            throw AppError.invalid(path: "swap.to", message: "\"\(to)\" is not in the catalog")
        }
        let phase = program.blocks[blockIndex].phase
        let old = program.blocks[blockIndex].exercises[index]
        if let why = filters.unsuitability(of: entry, phase: phase) {
            throw AppError.invalid(path: "swap.to", message: why)
        }
        var program = program
        var dose = ProgramDose(entry.dose)
        // As the progression engine does: a one-sided exercise keeps the weaker side's extra sets.
        if entry.laterality == .unilateral, program.findings.weakSide != nil {
            dose.weakSideExtraSets = max(old.dose.weakSideExtraSets, 1)
            let range = entry.doseRange.sets
            dose.sets = max(range.lowerBound, min(dose.sets, range.upperBound - dose.weakSideExtraSets))
        }
        // The slot's reasons stay (the new exercise answers the same findings), but not one about an
        // extra set the new dose does not have; a new extra set brings the program's own reason.
        var why = old.why.filter { dose.weakSideExtraSets > 0 || !ProgramExercise.isWeakSideReason($0) }
        if dose.weakSideExtraSets > 0, !why.contains(where: ProgramExercise.isWeakSideReason),
            let reason = program.allExercises.flatMap(\.why).first(where: ProgramExercise.isWeakSideReason)
        {
            why.append(reason)
        }
        program.blocks[blockIndex].exercises[index] = ProgramExercise(
            id: entry.id, name: entry.name, dose: dose, side: old.side,
            why: why + ["swapped in by the trainer for \(old.name)"])
        return program
    }

    private static func dose(
        _ program: Program, id: String, sets: Int?, reps: Int?, hold: Int?, minutes: Int?, catalog: Catalog
    ) throws -> Program {
        guard let (blockIndex, index) = position(of: id, in: program) else {
            throw AppError.invalid(path: "dose.exercise", message: "\"\(id)\" is not in this program")
        }
        guard let entry = catalog[id] else {
            throw AppError.invalid(path: "dose.exercise", message: "\"\(id)\" is not in the catalog")
        }
        let range = entry.doseRange
        var issues: [ValidationIssue] = []
        func check(_ value: Int?, _ allowed: ClosedRange<Int>?, _ key: String, _ unit: String) {
            guard let value else { return }
            guard let allowed else {
                issues.append(ValidationIssue(path: "dose.\(key)", message: "\(entry.name) is not dosed in \(unit)"))
                return
            }
            if !allowed.contains(value) {
                issues.append(
                    ValidationIssue(
                        path: "dose.\(key)",
                        message:
                            "\(value) is outside \(allowed.lowerBound)…\(allowed.upperBound), the range for "
                            + entry.name
                    ))
            }
        }
        check(sets, range.sets, "sets", "sets")
        check(reps, range.reps, "reps", "reps")
        check(hold, range.holdSeconds, "holdSeconds", "held seconds")
        check(minutes, range.minutes, "minutes", "minutes")
        guard issues.isEmpty else { throw ValidationFailure(issues) }

        var program = program
        var exercise = program.blocks[blockIndex].exercises[index]
        if let sets { exercise.dose.sets = sets }
        if let reps { exercise.dose.reps = reps }
        if let hold { exercise.dose.holdSeconds = hold }
        if let minutes { exercise.dose.minutes = minutes }
        // A progression note describes the dose the engine chose; after a hand edit it no longer does.
        exercise.progression = nil
        program.blocks[blockIndex].exercises[index] = exercise
        return program
    }
}
