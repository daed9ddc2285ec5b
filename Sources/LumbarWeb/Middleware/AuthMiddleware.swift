import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarStore

/// Signs the request in from its credentials, or answers 401. Credentials come from the sources
/// in order (`Authorization: Bearer`, then the browser's session cookie). A cookie-signed request
/// that changes something must carry the CSRF token in `X-CSRF-Token`, because the browser sends
/// cookies on requests that other sites start.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = LumbarRequestContext

    let store: any TrainerStore & SignedInReadStore
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
    /// token.
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

    /// Signs the request in and reads the client's active program in one store read (see
    /// `SignedInReadStore`), for a route outside this middleware's group. It answers exactly what
    /// `handle` and then separate reads would: 401 for a missing, bad, expired or revoked token,
    /// then 404 for a client that is not the trainer's (or `clientID` nil: text that is no id).
    func activeProgram(_ request: Request, clientID: UUID?) async throws
        -> (status: ClientStatus, program: ProgramVersionRecord?)
    {
        let (hash, kind) = try tokenHash(request)
        guard let clientID else {
            guard try await store.trainer(tokenHash: hash, kind: kind, now: now()) != nil else { throw Self.signedOut }
            throw APIError.notFound("client")
        }
        switch try await store.activeProgram(tokenHash: hash, kind: kind, now: now(), clientID: clientID) {
        case .notSignedIn: throw Self.signedOut
        case .noClient: throw APIError.notFound("client")
        case .client(_, let status, let program): return (status, program)
        }
    }

    /// 401 for a token that is unknown, expired or revoked.
    static var signedOut: APIError {
        APIError.unauthorized("The token is not valid, has expired or was revoked; sign in again.")
    }

    static func isSafe(_ method: HTTPRequest.Method) -> Bool {
        method == .get || method == .head || method == .options
    }
}
