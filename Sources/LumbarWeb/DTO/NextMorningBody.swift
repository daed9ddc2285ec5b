import LumbarCore
import LumbarJSON

/// `{"painNextMorning": n}`: the pain 0–10 the morning after a session.
enum NextMorningBody {
    static func read(_ value: JSONValue) throws(APIError) -> Int {
        let issues = BodyIssues()
        let pain = StrictObject(value, keys: ["painNextMorning"], issues: issues)?.int(
            "painNextMorning", in: SessionLog.Limits.pain, required: true)
        try issues.check()
        guard let pain else { throw APIError.invalid("painNextMorning", "is required") }
        return pain
    }
}
