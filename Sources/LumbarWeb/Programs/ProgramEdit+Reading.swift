import LumbarApp
import LumbarCore
import LumbarJSON

/// A program edit as the API sends it.
extension ProgramEdit {
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
}
