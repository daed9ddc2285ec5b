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
    /// space, then the token, with spaces and tabs around it dropped.
    static func bearerToken(_ header: String) -> String? {
        guard let space = header.firstIndex(of: " "), header[..<space].lowercased() == "bearer" else { return nil }
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        var token = header[space...].drop(while: blank)
        while let last = token.last, blank(last) { token.removeLast() }
        return token.isEmpty ? nil : String(token)
    }
}
