import Foundation
import Hummingbird
import LumbarApp
import LumbarStore

/// Signs the request in from its credentials, or answers 401. Credentials come from the sources
/// in order (`Authorization: Bearer`, then the browser's session cookie). A cookie-signed request
/// that changes something must carry the CSRF token in `X-CSRF-Token`, because the browser sends
/// cookies on requests that other sites start.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = LumbarRequestContext

    let store: any TrainerStore
    let now: @Sendable () -> Date
    let sources: [CredentialSource]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let (hash, kind) = try tokenHash(request)
        guard let trainer = try await store.trainer(tokenHash: hash, kind: kind, now: now()) else {
            throw Self.signedOut
        }
        var context = context
        context.trainer = trainer
        context.tokenHash = hash
        return try await next(request, context)
    }

    /// The hash of the request's sign-in token and the kind it must be (a cookie's token never
    /// works as a bearer token, nor the reverse), before any database read: 401 without a token or
    /// with one this app could not have issued, 403 for a cookie-signed change without the CSRF
    /// token. Routes that sign in inside their own data read call it first, so they answer these
    /// cases exactly as the middleware does.
    func tokenHash(_ request: Request) throws(APIError) -> (hash: String, kind: TokenKind) {
        guard
            let (source, token) = sources.lazy.compactMap({ source in source.token(request).map { (source, $0) } })
                .first
        else { throw APIError.unauthorized() }
        guard SecretToken.isWellFormed(token) else { throw APIError.unauthorized("The token is not valid.") }
        if source.kind == .cookie && !AuthMiddleware.isSafe(request.method)
            && !BrowserSession.csrfMatches(request, echoed: request.headers[BrowserSession.csrfHeader])
        {
            throw APIError(
                .forbidden, code: "csrf", message: "A request signed in by cookie must send the X-CSRF-Token header.")
        }
        return (SecretToken.hash(token), source.kind)
    }

    /// 401 for a token that is unknown, expired or revoked.
    static var signedOut: APIError {
        APIError.unauthorized("The token is not valid, has expired or was revoked; sign in again.")
    }

    static func isSafe(_ method: HTTPRequest.Method) -> Bool {
        method == .get || method == .head || method == .options
    }
}
