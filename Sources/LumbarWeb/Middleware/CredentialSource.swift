import Foundation
import Hummingbird
import LumbarStore

/// Where a request may carry its sign-in token.
struct CredentialSource: Sendable {
    /// The token kind this source issues and accepts.
    let kind: TokenKind
    /// The token's text, or nil when the request does not carry one this way.
    let token: @Sendable (Request) -> String?

    /// `Authorization: Bearer <token>`.
    static let bearer = CredentialSource(kind: .bearer) { request in
        request.headers[.authorization].flatMap(bearerToken)
    }

    /// The token in an `Authorization` value: the scheme `Bearer` in any case, then at least one
    /// space, then the token, with spaces and tabs around it dropped. Read byte by byte because
    /// every signed-in API request does it, and Foundation's trimming and lowercasing took a tenth
    /// of such a request's time on Linux.
    static func bearerToken(_ header: String) -> String? {
        let scheme = "bearer".utf8
        var rest = Substring(header).utf8[...]
        // `| 0x20` lowercases ASCII letters and sends every other byte to something no letter is.
        guard rest.count > scheme.count, zip(rest, scheme).allSatisfy({ $0 | 0x20 == $1 }) else { return nil }
        rest = rest.dropFirst(scheme.count)
        guard rest.first == UInt8(ascii: " ") else { return nil }
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        while let first = rest.first, blank(first) { rest = rest.dropFirst() }
        while let last = rest.last, blank(last) { rest = rest.dropLast() }
        return rest.isEmpty ? nil : String(Substring(rest))
    }
}
