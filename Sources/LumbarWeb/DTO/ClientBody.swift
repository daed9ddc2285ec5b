import LumbarCore
import LumbarJSON
import LumbarStore

/// `{name, age?, notes?}` to create a client, or any of them to change one.
enum ClientBody {
    static let keys = ["name", "age", "notes"]
    static let nameLength = Assessment.Limits.nameLength
    static let notesLength = 2000
    /// The ages an assessment accepts.
    static let age = Assessment.Limits.age

    /// A new client's fields.
    static func create(_ value: JSONValue) throws(APIError) -> (name: String, age: Int?, notes: String?) {
        let issues = BodyIssues()
        let object = StrictObject(value, keys: keys, issues: issues)
        let name = object?.string("name", required: true, maxLength: nameLength)
        let age = object?.int("age", in: age)
        let notes = object?.string("notes", maxLength: notesLength, allowEmpty: true, characters: .lines)
        try issues.check()
        guard let name else { throw APIError.invalid("name", "is required") }
        return (name, age, notes?.isEmpty == true ? nil : notes)
    }

    /// Changes to a client: a missing key keeps the field, `null` clears `age` or `notes`.
    static func patch(_ value: JSONValue) throws(APIError) -> ClientPatch {
        let issues = BodyIssues()
        var patch = ClientPatch()
        if let object = StrictObject(value, keys: keys, issues: issues) {
            switch object.field("name") {
            case .absent: break
            case .null: issues.add("name", "cannot be cleared")
            case .value(let name): patch.name = object.checkString(name, at: "name", maxLength: nameLength)
            }
            switch object.field("age") {
            case .absent: break
            case .null: patch.age = .some(nil)
            case .value(let age): patch.age = object.checkInt(age, at: "age", in: Self.age).map { .some($0) }
            }
            switch object.field("notes") {
            case .absent: break
            case .null: patch.notes = .some(nil)
            case .value(let notes):
                if let text = object.checkString(
                    notes, at: "notes", maxLength: notesLength, allowEmpty: true, characters: .lines)
                {
                    patch.notes = .some(text.isEmpty ? nil : text)
                }
            }
        }
        try issues.check()
        return patch
    }
}
