import Foundation
import LumbarJSON
import LumbarStore

/// A share link as the API lists it; the token itself is shown only once, when it is created.
enum ShareLinkDTO {
    /// A link, and the time its `active` is judged at.
    static let shape = AnswerShape<(link: ShareLinkRecord, now: Date)>([
        .uuid("id") { $0.link.id }, .uuid("clientId") { $0.link.clientID }, .time("createdAt") { $0.link.createdAt },
        .time("expiresAt") { $0.link.expiresAt }, .optionalTime("revokedAt") { $0.link.revokedAt },
        .boolean("active") { $0.link.revokedAt == nil && $0.link.expiresAt > $0.now },
    ])

    static let page = AnswerShape<(links: [ShareLinkRecord], now: Date)>([
        .list("items", shape, ref: "ShareLink") { page in page.links.map { ($0, page.now) } },
        .integer("total") { $0.links.count },
    ])

    /// The answer to creating a link: the token and the address to send the client.
    static let created = AnswerShape<(link: ShareLinkRecord, token: String, publicURL: String?)>([
        .uuid("id") { $0.link.id },
        .text(
            "url",
            description: "The page to send the client, /s/{token} (relative); scripts read /api/v1/share/{token}."
        ) { url(token: $0.token, publicURL: $0.publicURL) },
        .text("token", description: "Shown once; only its hash is stored.") { $0.token },
        .time("expiresAt") { $0.link.expiresAt },
    ])

    /// The page to send the client (today's session, the player, their log); relative, so it
    /// works behind any host name. Scripts read the same data at `/api/v1/share/{token}`.
    static func path(token: String) -> String { "/s/\(token)" }

    /// The address to send: under the configured public URL, else relative. Never built from the
    /// request's `Host`, which whoever sends the request chooses.
    static func url(token: String, publicURL: String?) -> String { (publicURL ?? "") + path(token: token) }
}
