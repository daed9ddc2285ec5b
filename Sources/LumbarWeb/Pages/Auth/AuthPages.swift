import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarStore

/// Sign up, sign in and sign out in the browser: a cookie session instead of a bearer token.
struct AuthPages {
    let pages: WebPages
    var app: AppServices { pages.app }

    func add(to router: Router<LumbarRequestContext>) {
        router.get("/") { request, _ in
            BrowserSession.sessionToken(request) == nil
                ? HTMLResponse.redirect("/signin") : HTMLResponse.redirect("/dashboard")
        }
        router.get("signin") { request, context in signInForm(request, context) }
        router.post("signin") { request, context in try await signIn(request, context) }
        router.get("signup") { request, context in signUpForm(request, context) }
        router.post("signup") { request, context in try await signUp(request, context) }
        router.post("signout") { request, context in try await signOut(request, context) }
    }

    func signInForm(
        _ request: Request, _ context: LumbarRequestContext, email: String = "", errors: FormErrors = FormErrors(),
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let page = SignInPage(
            email: email, next: PageAuthMiddleware.safeNext(request.uri.queryParameters.get("next")),
            notice: request.uri.queryParameters.get("notice").flatMap(PageNotice.init), errors: errors)
        return pages.page(title: "Sign in", bodyClass: "narrow", request: request, context: context, status: status) {
            page.content(csrf: $0)
        }
    }

    func signIn(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let form = try await FormBody.read(request, limit: app.bodyLimit)
        let email = form.first("email") ?? ""
        do {
            let body = try CredentialsBody.signIn(
                .object([("email", .string(email)), ("password", .string(form.fields["password"]?.first ?? ""))]))
            let trainer = try await app.accounts.authenticate(
                email: body.email, password: body.password, address: context.remoteAddress)
            return try await startSession(trainer, next: form.first("next"))
        } catch {
            let error = try APIError.shown(error) { error in error.status.code < 500 }
            return signInForm(request, context, email: email, errors: FormErrors(error), status: error.status)
        }
    }

    func signUpForm(
        _ request: Request, _ context: LumbarRequestContext, form: FormBody = FormBody(fields: [:]),
        errors: FormErrors = FormErrors(), status: HTTPResponse.Status = .ok
    ) -> Response {
        let page = SignUpPage(
            name: form.first("name") ?? "", email: form.first("email") ?? "",
            myself: form.checked("myself") || request.uri.queryParameters.get("myself") != nil, errors: errors)
        return pages.page(
            title: "Create an account", bodyClass: "narrow", request: request, context: context, status: status
        ) { page.content(csrf: $0) }
    }

    /// A new account; "train myself" also makes the person their own first client and opens their
    /// assessment.
    func signUp(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let form = try await FormBody.read(request, limit: app.bodyLimit)
        do {
            try await app.accounts.admitRegistration(address: context.remoteAddress)
            let body = try CredentialsBody.registration(
                .object([
                    ("email", .string(form.first("email") ?? "")),
                    ("password", .string(form.fields["password"]?.first ?? "")),
                    ("name", .string(form.first("name") ?? "")),
                ]))
            let trainer = try await app.accounts.register(
                email: body.email, name: body.name ?? "", password: body.password)
            guard form.checked("myself") else { return try await startSession(trainer, next: "/dashboard") }
            let client = try await app.clients.create(for: trainer, name: body.name ?? "", age: nil, notes: nil)
            return try await startSession(trainer, next: "/clients/\(client.id.wire)/assess")
        } catch {
            let error = try APIError.shown(error) { error in error.status.code < 500 }
            return signUpForm(request, context, form: form, errors: FormErrors(error), status: error.status)
        }
    }

    func signOut(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        _ = try await FormBody.read(request, limit: app.bodyLimit)
        if let token = BrowserSession.sessionToken(request) {
            try await app.accounts.signOut(tokenHash: SecretToken.hash(token))
        }
        var response = HTMLResponse.redirect("/signin")
        response.setCookie(BrowserSession.clearedSessionCookie(secure: app.config.secureCookies))
        return response
    }

    func startSession(_ trainer: TrainerRecord, next: String?) async throws -> Response {
        let token = try await app.accounts.issueToken(for: trainer, kind: .cookie)
        var response = HTMLResponse.redirect(PageAuthMiddleware.safeNext(next))
        response.setCookie(
            BrowserSession.sessionCookie(
                token, lifetime: app.config.tokenLifetime, secure: app.config.secureCookies))
        return response
    }
}
