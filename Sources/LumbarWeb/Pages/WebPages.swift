import Foundation
import Hummingbird
import LumbarApp
import LumbarStore

/// What every HTML page needs: the app's services and the static files.
struct WebPages: Sendable {
    let app: AppServices
    let assets: StaticFiles

    /// A page: `SiteLayout` around `content`, which receives the CSRF token its forms carry (the
    /// browser's, or a new one issued as a cookie on a first visit).
    func page(
        title: String, bodyClass: String? = nil, scripts: [String] = [], request: Request,
        context: LumbarRequestContext, status: HTTPResponse.Status = .ok,
        @NodeBuilder content: (_ csrf: String) -> [Node]
    ) -> Response {
        // A signed-in page's token comes from the session; only a signed-out visitor without one
        // gets the cookie.
        let existing = BrowserSession.csrfToken(request)
        let csrf = existing ?? SecretToken.generate()
        let layout = SiteLayout(
            title: title, bodyClass: bodyClass, csrf: csrf, signedIn: Self.signedInName(context), assets: assets,
            scripts: scripts)
        var response = HTMLResponse.page(layout.document { content(csrf) }, status: status)
        if existing == nil && BrowserSession.sessionToken(request) == nil {
            response.setCookie(BrowserSession.csrfCookie(csrf, secure: app.config.secureCookies))
        }
        return response
    }

    /// The name the header shows for the signed-in trainer (the e-mail address when they gave none).
    private static func signedInName(_ context: LumbarRequestContext) -> String? {
        context.trainer.map { $0.name.isEmpty ? $0.email : $0.name }
    }

    /// The page for an error that reached the browser: its status and message, no internals. It
    /// shows no signed-in header and issues no cookie: the request may have failed before anyone
    /// was signed in.
    func errorPage(_ error: APIError) -> Response {
        let title: String
        switch error.status {
        case .notFound: title = "Not found"
        case .forbidden: title = "Not allowed"
        case .tooManyRequests: title = "Too many attempts"
        case .unauthorized: title = "Please sign in"
        default: title = error.status.code >= 500 ? "Something went wrong" : "This did not work"
        }
        let layout = SiteLayout(title: title, bodyClass: "narrow", csrf: "", signedIn: nil, assets: assets)
        let html = layout.document {
            Node.h1 { title }
            Node.p(.class("lead")) { error.message }
            Node.p { Node.a(.href("/")) { "Back to Lumbar" } }
        }
        return HTMLResponse.page(html, status: error.status, headers: error.headers)
    }
}

extension AppServices {
    /// The trainer the browser's session cookie signs in, if any: public pages show the signed-in
    /// header without requiring a session.
    func browserTrainer(_ request: Request) async throws -> TrainerRecord? {
        guard let token = BrowserSession.sessionToken(request) else { return nil }
        return try await accounts.browserTrainer(token: token)
    }
}
