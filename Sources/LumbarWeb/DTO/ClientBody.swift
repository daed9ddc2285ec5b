import LumbarCore
import LumbarJSON
import LumbarStore

/// `{name, age?, notes?}` to create a client, or any of them to change one.
enum ClientBody {
    static let nameLength = Assessment.Limits.nameLength
    static let notesLength = 2000
    /// The ages an assessment accepts.
    static let ages = Assessment.Limits.age

    static let name = Field("name", .text(maxLength: nameLength))
    static let age = Field(
        "age", .integer(ages, description: "Years; null when unknown (in a change: clears it)."), nullable: true)
    static let notes = Field(
        "notes", .text(maxLength: notesLength, allowEmpty: true, characters: .lines), nullable: true)

    static let createShape = ObjectShape([name, age, notes], required: ["name"])
    static let patchShape = ObjectShape(
        [name, age, notes], description: "Only the fields given change; null clears age or notes.")

    /// A new client's fields.
    static func create(_ value: JSONValue) throws(APIError) -> (name: String, age: Int?, notes: String?) {
        let body = try createShape.body(value)
        guard let name = body[Self.name] else { throw APIError.invalid("name", "is required") }
        return (name, body[Self.age], body[Self.notes].flatMap { $0.isEmpty ? nil : $0 })
    }

    /// Changes to a client: a missing key keeps the field, `null` clears `age` or `notes`.
    static func patch(_ value: JSONValue) throws(APIError) -> ClientPatch {
        let body = try patchShape.body(value)
        var notes = body.change(Self.notes)
        if case .set("") = notes { notes = .clear }
        return ClientPatch(name: body[Self.name], age: body.change(Self.age).patch, notes: notes.patch)
    }
}
