import LumbarJSON

/// The optional body of a progression request: an empty object, when sent.
enum ProgressionBody {
    static let shape = ObjectShape([], description: "Optional and empty.")
}
