import Foundation
import Hummingbird
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
        try await app.limiter.checkRegistration(address: context.remoteAddress)
        let body = try CredentialsBody.registration(try await request.jsonBody(limit: app.bodyLimit).value)
        let trainer = TrainerRecord(
            id: UUID(), email: body.email, name: body.name ?? "",
            passwordHash: await app.passwords.hash(body.password), createdAt: app.now())
        do {
            try await app.store.createTrainer(trainer)
        } catch StoreError.conflict {
            throw APIError.conflict("An account with this e-mail address already exists.", field: "email")
        }
        let token = try await issueToken(for: trainer)
        app.logger.info("trainer registered", metadata: ["trainer": .string(trainer.id.wire)])
        return JSONResponse.make(.created, TrainerDTO.session(token: token, trainer: trainer))
    }

    func login(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let body = try CredentialsBody.signIn(try await request.jsonBody(limit: app.bodyLimit).value)
        // Counted before the password is checked, so a guesser past the limit learns nothing.
        try await app.limiter.checkSignIn(email: body.email, address: context.remoteAddress)
        let trainer = try await app.store.trainer(email: body.email)
        // An unknown address costs the same bcrypt work as a wrong password: no timing tells them apart.
        let matches = await app.passwords.verify(body.password, hash: trainer?.passwordHash ?? app.passwords.decoyHash)
        guard let trainer, matches else {
            throw APIError(.unauthorized, code: "unauthorized", message: "Wrong e-mail address or password.")
        }
        let token = try await issueToken(for: trainer)
        return JSONResponse.make(.ok, TrainerDTO.session(token: token, trainer: trainer))
    }

    func logout(_ context: LumbarRequestContext) async throws -> Response {
        _ = try context.requireTrainer()
        if let hash = context.tokenHash { try await app.store.revokeToken(hash: hash, at: app.now()) }
        return JSONResponse.noContent()
    }

    /// A new bearer token for `trainer`; only its hash is stored.
    func issueToken(for trainer: TrainerRecord) async throws -> String {
        let token = SecretToken.generate()
        let now = app.now()
        try await app.store.createToken(
            AuthTokenRecord(
                tokenHash: SecretToken.hash(token), trainerID: trainer.id, kind: .bearer, createdAt: now,
                expiresAt: now.addingTimeInterval(app.config.tokenLifetime)))
        return token
    }
}
