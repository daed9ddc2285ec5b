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
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }
}
