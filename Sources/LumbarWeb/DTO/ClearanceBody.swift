import LumbarCore
import LumbarJSON

/// `{note}`: who cleared the person and what they said.
enum ClearanceBody {
    static let noteLength = 2000

    static func read(_ value: JSONValue) throws(APIError) -> String {
        let issues = BodyIssues()
        let note = StrictObject(value, keys: ["note"], issues: issues)?.string(
            "note", required: true, maxLength: noteLength, characters: .lines)
        try issues.check()
        guard let note else { throw APIError.invalid("note", "is required") }
        return note
    }
}
