import Foundation
import Hummingbird
import LumbarApp
import LumbarStore

/// Signs a page request in from the session cookie; without a live session the browser is sent
/// to the sign-in page, which brings it back here afterwards.
struct PageAuthMiddleware: RouterMiddleware {
    typealias Context = LumbarRequestContext

    let store: any TrainerStore
    let now: @Sendable () -> Date

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        if let token = BrowserSession.sessionToken(request) {
            let hash = SecretToken.hash(token)
            if let trainer = try await store.trainer(tokenHash: hash, kind: .cookie, now: now()) {
                var context = context
                context.trainer = trainer
                context.tokenHash = hash
                return try await next(request, context)
            }
        }
        // Only a page a person can open again is worth returning to; a form post starts over.
        let back = request.method == .get ? "?next=" + PageAuthMiddleware.encode(request.uri.description) : ""
        return HTMLResponse.redirect("/signin" + back)
    }

    static func encode(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "/-_.~"))) ?? "/"
    }

    /// A `next` target that stays on this site: a path, never `//host` or a full URL. Browsers drop
    /// tabs and newlines from URLs, so "/\t/evil.example" would become "//evil.example": only plain
    /// path characters are accepted.
    static func safeNext(_ next: String?) -> String {
        let allowed = CharacterSet.alphanumerics.union(.init(charactersIn: "/-_.~?=&%#"))
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), next.count <= 500,
            next.unicodeScalars.allSatisfy({ $0.isASCII && allowed.contains($0) })
        else { return "/dashboard" }
        return next
    }
}
