import LumbarCore
import LumbarJSON

/// The optional `{expiresInDays}` of a new share link.
enum ShareLinkBody {
    static let days = 1...365

    /// Days until the link expires, or nil for the configured default.
    static func read(_ value: JSONValue?) throws(APIError) -> Int? {
        guard let value else { return nil }
        let issues = BodyIssues()
        let days = StrictObject(value, keys: ["expiresInDays"], issues: issues)?.int("expiresInDays", in: days)
        try issues.check()
        return days
    }
}
