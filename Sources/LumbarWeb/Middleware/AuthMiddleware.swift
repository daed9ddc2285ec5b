import Foundation
import Hummingbird
import LumbarStore

/// Signs the request in from its credentials, or answers 401. Credentials come from the sources
/// in order; today only `Authorization: Bearer`, and the browser's cookie session slots in as a
/// second source (with its CSRF check) when the web pages arrive.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = LumbarRequestContext

    let store: any TrainerStore
    let now: @Sendable () -> Date
    let sources: [CredentialSource]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard let token = sources.lazy.compactMap({ $0.token(request) }).first else {
            throw APIError.unauthorized()
        }
        guard SecretToken.isWellFormed(token) else { throw APIError.unauthorized("The token is not valid.") }
        let hash = SecretToken.hash(token)
        guard let trainer = try await store.trainer(tokenHash: hash, now: now()) else {
            throw APIError.unauthorized("The token is not valid, has expired or was revoked; sign in again.")
        }
        var context = context
        context.trainer = trainer
        context.tokenHash = hash
        return try await next(request, context)
    }
}
