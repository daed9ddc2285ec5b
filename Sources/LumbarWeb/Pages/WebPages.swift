import Foundation
import Hummingbird
import LumbarApp
import LumbarStore

/// What every HTML page needs: the app's services, the templates and the static files.
struct WebPages: Sendable {
    let app: AppServices
    let renderer: PageRenderer
    let assets: StaticFiles

    /// `template` inside the site layout. Adds the CSRF token every form echoes (issuing the
    /// cookie on a first visit), the signed-in trainer for the header, and the asset URLs. A page
    /// that writes forms in Swift passes the token it gave them (`csrfToken(_:)`).
    func page(
        _ template: String, title: String, _ values: [String: Any] = [:], request: Request,
        context: LumbarRequestContext, status: HTTPResponse.Status = .ok, csrf: String? = nil
    ) -> Response {
        withCSRF(request, given: csrf, status: status) { csrf in
            var values = values
            values["csrf"] = csrf
            values["pageTitle"] = title
            values["css"] = assets.url("app.css")
            values["printCss"] = assets.url("print.css")
            values["formsJs"] = assets.url("forms.js")
            if let name = Self.signedInName(context) { values["signedIn"] = ["name": name] }
            return renderer.render(template, values)
        }
    }

    /// A typed page (`SiteLayout` around `content`), with the same CSRF token handling as `page`:
    /// `content` receives the token its forms carry.
    func page(
        title: String, bodyClass: String? = nil, scripts: [String] = [], request: Request,
        context: LumbarRequestContext, status: HTTPResponse.Status = .ok,
        @NodeBuilder content: (_ csrf: String) -> [Node]
    ) -> Response {
        withCSRF(request, status: status) { csrf in
            SiteLayout(
                title: title, bodyClass: bodyClass, csrf: csrf, signedIn: Self.signedInName(context), assets: assets,
                scripts: scripts
            ).document { content(csrf) }
        }
    }

    /// The page `render` writes with the CSRF token its forms carry: `given`, the browser's, or a
    /// new one. A signed-in page's token comes from the session; only a signed-out visitor without
    /// one gets the cookie.
    private func withCSRF(
        _ request: Request, given: String? = nil, status: HTTPResponse.Status, _ render: (String) -> String
    ) -> Response {
        let existing = BrowserSession.csrfToken(request)
        let csrf = given ?? existing ?? SecretToken.generate()
        var response = HTMLResponse.page(render(csrf), status: status)
        if existing != csrf && BrowserSession.sessionToken(request) == nil {
            response.setCookie(BrowserSession.csrfCookie(csrf, secure: app.config.secureCookies))
        }
        return response
    }

    /// The name the header shows for the signed-in trainer (the e-mail address when they gave none).
    private static func signedInName(_ context: LumbarRequestContext) -> String? {
        context.trainer.map { $0.name.isEmpty ? $0.email : $0.name }
    }

    /// The CSRF token the page's forms carry: the browser's, or a new one that `page` then issues.
    func csrfToken(_ request: Request) -> String {
        BrowserSession.csrfToken(request) ?? SecretToken.generate()
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
