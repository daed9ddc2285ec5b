import Foundation
import LumbarCore
import LumbarJSON
import LumbarStore

/// A share link as the API lists it; the token itself is shown only once, when it is created.
enum ShareLinkDTO {
    static func json(_ link: ShareLinkRecord, now: Date) -> JSONValue {
        .object([
            ("id", .string(link.id.wire)), ("clientId", .string(link.clientID.wire)),
            ("createdAt", WireDate.json(link.createdAt)), ("expiresAt", WireDate.json(link.expiresAt)),
            ("revokedAt", WireDate.json(link.revokedAt)),
            ("active", .bool(link.revokedAt == nil && link.expiresAt > now)),
        ])
    }

    /// The answer to creating a link: the token and the address to send the client.
    static func created(_ link: ShareLinkRecord, token: String, publicURL: String?) -> JSONValue {
        .object([
            ("id", .string(link.id.wire)), ("url", .string(ShareLinkDTO.url(token: token, publicURL: publicURL))),
            ("token", .string(token)), ("expiresAt", WireDate.json(link.expiresAt)),
        ])
    }

    /// The page to send the client (today's session, the player, their log); relative, so it
    /// works behind any host name. Scripts read the same data at `/api/v1/share/{token}`.
    static func path(token: String) -> String { "/s/\(token)" }

    /// The address to send: under the configured public URL, else relative. Never built from the
    /// request's `Host`, which whoever sends the request chooses.
    static func url(token: String, publicURL: String?) -> String { (publicURL ?? "") + path(token: token) }
}
