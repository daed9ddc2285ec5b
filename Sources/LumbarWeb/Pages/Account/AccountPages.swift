import Foundation
import Hummingbird
import LumbarApp
import LumbarStore

/// The signed-in trainer's account: who they are, how to get their data, and erasing the account
/// (with the password, since it takes every client with it).
struct AccountPages {
    let pages: WebPages
    var app: AppServices { pages.app }

    func add(to group: RouterGroup<LumbarRequestContext>) {
        group.get("account") { request, context in try render(request, context) }
        group.post("account/erase") { request, context in try await erase(request, context) }
    }

    func render(
        _ request: Request, _ context: LumbarRequestContext, errors: FormErrors = FormErrors(),
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let trainer = try context.requireTrainer()
        let page = AccountPage(trainer, errors: errors)
        return pages.page(
            title: "Your account", bodyClass: "narrow", request: request, context: context, status: status
        ) {
            page.content(csrf: $0)
        }
    }

    func erase(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let trainer = try context.requireTrainer()
        let form = try await FormBody.read(request, limit: app.bodyLimit)
        do {
            let password = try CredentialsBody.confirmation(
                .object([("password", .string(form.fields["password"]?.first ?? ""))]))
            try await app.accounts.erase(trainer, password: password, address: context.remoteAddress)
        } catch {
            let error = try APIError.shown(error) { error in error.status.code < 500 }
            var errors = FormErrors(error)
            errors.labels = ["password": "Password"]
            return try render(request, context, errors: errors, status: error.status)
        }
        var response = HTMLResponse.redirect("/signin?notice=\(PageNotice.accountErased.rawValue)")
        response.setCookie(BrowserSession.clearedSessionCookie(secure: app.config.secureCookies))
        return response
    }
}

/// The page a one-time reset link opens: a form for a new password. Public, like a share page:
/// the token in the path is the credential, and it works once, for an hour.
struct PasswordResetPages {
    let pages: WebPages
    var app: AppServices { pages.app }

    func add(to router: Router<LumbarRequestContext>) {
        router.get("reset-password/{token}") { request, context in try await form(request, context) }
        router.post("reset-password/{token}") { request, context in try await reset(request, context) }
    }

    func form(
        _ request: Request, _ context: LumbarRequestContext, errors: FormErrors = FormErrors(),
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let (token, trainer) = try await liveReset(context)
        let page = PasswordResetPage(email: trainer.email, token: token, errors: errors)
        return pages.page(
            title: "Set a new password", bodyClass: "narrow", request: request, context: context, status: status
        ) { page.content(csrf: $0) }
    }

    func reset(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let (token, _) = try await liveReset(context)
        let form = try await FormBody.read(request, limit: app.bodyLimit)
        let password = form.fields["password"]?.first ?? ""
        do {
            let accepted = try CredentialsBody.replacement(.object([("password", .string(password))]))
            guard accepted == form.fields["repeat"]?.first else {
                throw APIError.invalid("repeat", "The two passwords differ; type the same one twice.")
            }
            guard try await app.accounts.resetPassword(token: token, to: accepted) else { throw Self.deadLink }
        } catch {
            let error = try APIError.shown(error) { error in error.status == .unprocessableContent }
            var errors = FormErrors(error)
            errors.labels = ["password": "New password", "repeat": "The same password again"]
            return try await self.form(request, context, errors: errors, status: error.status)
        }
        return HTMLResponse.redirect("/signin?notice=\(PageNotice.passwordReset.rawValue)")
    }

    /// The token in the path and the account its live reset belongs to; 404 otherwise.
    private func liveReset(_ context: LumbarRequestContext) async throws -> (String, TrainerRecord) {
        guard let token = context.parameters.get("token"),
            let trainer = try await app.accounts.resetTarget(token: token)
        else { throw Self.deadLink }
        return (token, trainer)
    }

    private static let deadLink = APIError(
        .notFound, code: "notFound",
        message: "This reset link has expired or was already used. Ask whoever runs this Lumbar server for a new one.")
}
