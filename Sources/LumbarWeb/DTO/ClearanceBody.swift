import LumbarJSON

/// `{note}`: who cleared the person and what they said.
enum ClearanceBody {
    static let noteLength = 2000
    static let note = Field("note", .text(maxLength: noteLength, characters: .lines))
    static let shape = ObjectShape([note], required: ["note"])

    static func read(_ value: JSONValue) throws(APIError) -> String {
        guard let note = try shape.body(value)[note] else { throw APIError.invalid("note", "is required") }
        return note
    }
}
