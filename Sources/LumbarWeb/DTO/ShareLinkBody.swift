import LumbarJSON

/// The optional `{expiresInDays}` of a new share link.
enum ShareLinkBody {
    static let expiresInDays = Field("expiresInDays", .integer(1...365), nullable: true)
    static let shape = ObjectShape(
        [expiresInDays], description: "Optional; the link lasts 90 days when no body is sent.")

    /// Days until the link expires, or nil for the configured default.
    static func read(_ value: JSONValue?) throws(APIError) -> Int? {
        guard let value else { return nil }
        return try shape.body(value)[expiresInDays]
    }
}
