import LumbarCore
import LumbarJSON

/// `{"painNextMorning": n}`: the pain 0–10 the morning after a session.
enum NextMorningBody {
    static let pain = Field("painNextMorning", .integer(SessionLog.Limits.pain))
    static let shape = ObjectShape([pain], required: ["painNextMorning"])

    static func read(_ value: JSONValue) throws(APIError) -> Int {
        guard let pain = try shape.body(value)[pain] else { throw APIError.invalid("painNextMorning", "is required") }
        return pain
    }
}
