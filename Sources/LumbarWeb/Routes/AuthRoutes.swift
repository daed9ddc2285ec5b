import Foundation
import Hummingbird
import LumbarApp
import LumbarStore

/// `POST /api/v1/auth/register`, `/login` (public) and `/logout` (signed in).
struct AuthRoutes {
    let app: AppServices

    func addPublic(to group: LumbarRouterGroup) {
        group.post("auth/register") { request, context in try await register(request, context) }
        group.post("auth/login") { request, context in try await login(request, context) }
    }

    func addSignedIn(to group: LumbarRouterGroup) {
        group.post("auth/logout") { _, context in try await logout(context) }
    }

    func register(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        try await app.accounts.admitRegistration(address: context.remoteAddress)
        let body = try CredentialsBody.registration(try await request.jsonBody(limit: app.bodyLimit).value)
        let trainer = try await app.accounts.register(email: body.email, name: body.name ?? "", password: body.password)
        let token = try await app.accounts.issueToken(for: trainer, kind: .bearer)
        return JSONResponse.make(.created, TrainerDTO.session.json((token, trainer)))
    }

    func login(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let body = try CredentialsBody.signIn(try await request.jsonBody(limit: app.bodyLimit).value)
        let trainer = try await app.accounts.authenticate(
            email: body.email, password: body.password, address: context.remoteAddress)
        let token = try await app.accounts.issueToken(for: trainer, kind: .bearer)
        return JSONResponse.make(.ok, TrainerDTO.session.json((token, trainer)))
    }

    func logout(_ context: LumbarRequestContext) async throws -> Response {
        _ = try context.requireTrainer()
        if let hash = context.tokenHash { try await app.accounts.signOut(tokenHash: hash) }
        return JSONResponse.noContent()
    }
}
