import LumbarCore

/// A trainer's hand edit of a program: swap one exercise for another of the same phase, or set
/// an exercise's dose within the catalog's range. Each accepted edit becomes a new version.
enum ProgramEdit: Equatable {
    case swap(from: String, to: String)
    case dose(exercise: String, sets: Int?, reps: Int?, holdSeconds: Int?, minutes: Int?)

    /// Wide bounds for reading; the catalog's range decides what is accepted.
    static let figureBounds = 0...100_000

    /// Reads `{"swap": {"from", "to"}}` or `{"dose": {"exercise", "sets", "reps", "holdSeconds", "minutes"}}`.
    static func read(_ value: JSONValue) throws(APIError) -> ProgramEdit {
        let issues = BodyIssues()
        var edit: ProgramEdit?
        if let object = StrictObject(value, keys: ["swap", "dose"], issues: issues) {
            let swap = object.object("swap", keys: ["from", "to"])
            let dose = object.object("dose", keys: ["exercise", "sets", "reps", "holdSeconds", "minutes"])
            switch (swap, dose) {
            case (nil, nil):
                if issues.issues.isEmpty { issues.add("", "give one edit: \"swap\" or \"dose\"") }
            case (.some, .some):
                issues.add("dose", "give one edit at a time: \"swap\" or \"dose\", not both")
            case (let swap?, nil):
                let from = swap.string("from", required: true, maxLength: 100)
                let to = swap.string("to", required: true, maxLength: 100)
                if let from, let to { edit = .swap(from: from, to: to) }
            case (nil, let dose?):
                let exercise = dose.string("exercise", required: true, maxLength: 100)
                let sets = dose.int("sets", in: figureBounds)
                let reps = dose.int("reps", in: figureBounds)
                let hold = dose.int("holdSeconds", in: figureBounds)
                let minutes = dose.int("minutes", in: figureBounds)
                var given: [String] = []
                for key in ["sets", "reps", "holdSeconds", "minutes"] {
                    switch dose.field(key) {
                    case .absent: break
                    // A figure cannot be removed from a dose, only set: null is refused, not ignored.
                    case .null: issues.add("dose.\(key)", "expected a whole number, found null")
                    case .value: given.append(key)
                    }
                }
                if given.isEmpty {
                    issues.add("dose", "give at least one of sets, reps, holdSeconds, minutes")
                }
                if let exercise {
                    edit = .dose(exercise: exercise, sets: sets, reps: reps, holdSeconds: hold, minutes: minutes)
                }
            }
        }
        try issues.check()
        guard let edit else { throw APIError.invalid("", "give one edit: \"swap\" or \"dose\"") }
        return edit
    }

    /// The program with the edit made, or 422 naming the field that cannot be accepted.
    func apply(to program: Program, catalog: Catalog, listedEquipment: Set<Equipment> = []) throws(APIError)
        -> Program
    {
        guard program.decision == .proceed, !program.blocks.isEmpty else {
            throw APIError.conflict("This program is a referral and has no exercises to edit.")
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
        throws(APIError) -> Program
    {
        let catalog = filters.catalog
        guard let (blockIndex, index) = position(of: from, in: program) else {
            throw APIError.invalid("swap.from", "\"\(from)\" is not in this program")
        }
        guard let entry = catalog[to] else { throw APIError.invalid("swap.to", "\"\(to)\" is not in the catalog") }
        let phase = program.blocks[blockIndex].phase
        let old = program.blocks[blockIndex].exercises[index]
        if let why = filters.unsuitability(of: entry, phase: phase) {
            throw APIError.invalid("swap.to", why)
        }
        var program = program
        var dose = ProgramDose(entry.dose)
        // As the progression engine does: a one-sided exercise keeps the weaker side's extra sets.
        if entry.laterality == .unilateral, program.findings.weakSide != nil {
            dose.weakSideExtraSets = max(old.dose.weakSideExtraSets, 1)
            let range = entry.doseRange.sets
            dose.sets = max(range.lowerBound, min(dose.sets, range.upperBound - dose.weakSideExtraSets))
        }
        program.blocks[blockIndex].exercises[index] = ProgramExercise(
            id: entry.id, name: entry.name, dose: dose, side: old.side,
            why: old.why + ["swapped in by the trainer for \(old.name)"])
        return program
    }

    private static func dose(
        _ program: Program, id: String, sets: Int?, reps: Int?, hold: Int?, minutes: Int?, catalog: Catalog
    ) throws(APIError) -> Program {
        guard let (blockIndex, index) = position(of: id, in: program) else {
            throw APIError.invalid("dose.exercise", "\"\(id)\" is not in this program")
        }
        guard let entry = catalog[id] else {
            throw APIError.invalid("dose.exercise", "\"\(id)\" is not in the catalog")
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
        guard issues.isEmpty else { throw APIError.validation(ValidationFailure(issues)) }

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
