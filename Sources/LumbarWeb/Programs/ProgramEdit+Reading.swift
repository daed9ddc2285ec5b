import LumbarApp
import LumbarCore
import LumbarJSON

/// A program edit as the API sends it: `{"swap": {"from", "to"}}` or
/// `{"dose": {"exercise", "sets", "reps", "holdSeconds", "minutes"}}`.
extension ProgramEdit {
    /// Wide bounds for reading; the catalog's range decides what is accepted.
    static let figureBounds = 0...100_000

    static let from = Field("from", exerciseID)
    static let to = Field("to", exerciseID)
    static let exercise = Field("exercise", exerciseID)
    static let sets = Field("sets", .integer(figureBounds))
    static let reps = Field("reps", .integer(figureBounds))
    static let holdSeconds = Field("holdSeconds", .integer(figureBounds))
    static let minutes = Field("minutes", .integer(figureBounds))
    static let swap = Field("swap", .object(ObjectShape([from, to], required: ["from", "to"])))
    static let dose = Field(
        "dose",
        .object(
            ObjectShape(
                [exercise, sets, reps, holdSeconds, minutes], required: ["exercise"],
                atLeastOneOf: ["sets", "reps", "holdSeconds", "minutes"])))
    static let shape = ObjectShape([swap, dose])

    /// The document's schema: exactly one of the two edits.
    static var schema: JSONValue {
        .object([
            (
                "description",
                .string(
                    "One edit: swap an exercise for another of the same phase that suits the program, or "
                        + "set an exercise's dose within the catalog's range.")
            ),
            (
                "oneOf",
                .array([ObjectShape([swap], required: ["swap"]).schema, ObjectShape([dose], required: ["dose"]).schema])
            ),
        ])
    }

    /// An exercise id: any short text to the reader (the service answers an unknown one), one of
    /// the bundled catalog's to the document.
    private static var exerciseID: ValueShape<String> {
        ValueShape.text(maxLength: 100).documented(as: OpenAPISchemas.exerciseID)
    }

    static func read(_ value: JSONValue) throws(APIError) -> ProgramEdit {
        let log = IssueLog()
        let body = shape.read(JSONReader(value: value, path: "", log: log))
        var edit: ProgramEdit?
        if let body {
            switch (body.has("swap"), body.has("dose")) {
            case (false, false):
                if log.isEmpty { log.add("", "give one edit: \"swap\" or \"dose\"") }
            case (true, true):
                log.add("dose", "give one edit at a time: \"swap\" or \"dose\", not both")
            case (true, false):
                if let given = body[Self.swap], let from = given[Self.from], let to = given[Self.to] {
                    edit = .swap(from: from, to: to)
                }
            case (false, true):
                if let given = body[Self.dose], let exercise = given[Self.exercise] {
                    edit = .dose(
                        exercise: exercise, sets: given[sets], reps: given[reps], holdSeconds: given[holdSeconds],
                        minutes: given[minutes])
                }
            }
        }
        guard let edit, log.isEmpty else {
            // Every way to get here logs a problem; the fallback only keeps the answer honest.
            guard !log.isEmpty else { throw APIError.invalid("", "give one edit: \"swap\" or \"dose\"") }
            throw APIError.validation(ValidationFailure(log.issues))
        }
        return edit
    }
}
