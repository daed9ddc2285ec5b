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
        let trainer = try await app.registerTrainer(
            try CredentialsBody.registration(try await request.jsonBody(limit: app.bodyLimit).value))
        let token = try await app.issueToken(for: trainer, kind: .bearer)
        return JSONResponse.make(.created, TrainerDTO.session(token: token, trainer: trainer))
    }

    func login(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        let body = try CredentialsBody.signIn(try await request.jsonBody(limit: app.bodyLimit).value)
        let trainer = try await app.authenticate(body, address: context.remoteAddress)
        let token = try await app.issueToken(for: trainer, kind: .bearer)
        return JSONResponse.make(.ok, TrainerDTO.session(token: token, trainer: trainer))
    }

    func logout(_ context: LumbarRequestContext) async throws -> Response {
        _ = try context.requireTrainer()
        if let hash = context.tokenHash { try await app.store.revokeToken(hash: hash, at: app.now()) }
        return JSONResponse.noContent()
    }
}

extension AppServices {
    /// Creates the account (409 when the address is taken). The caller has checked the
    /// registration rate limit.
    func registerTrainer(_ body: CredentialsBody) async throws -> TrainerRecord {
        let trainer = TrainerRecord(
            id: UUID(), email: body.email, name: body.name ?? "", passwordHash: await passwords.hash(body.password),
            createdAt: now())
        do {
            try await store.createTrainer(trainer)
        } catch StoreError.conflict {
            throw APIError.conflict("An account with this e-mail address already exists.", field: "email")
        }
        logger.info("trainer registered", metadata: ["trainer": .string(trainer.id.wire)])
        return trainer
    }

    /// The trainer these credentials sign in, or 401; 429 past the sign-in rate limits.
    func authenticate(_ body: CredentialsBody, address: String?) async throws -> TrainerRecord {
        // Checked before the password is, so a guesser past the limit learns nothing.
        try await limiter.checkSignIn(email: body.email, address: address)
        let trainer = try await store.trainer(email: body.email)
        // An unknown address costs the same bcrypt work as a wrong password: no timing tells them apart.
        let matches = await passwords.verify(body.password, hash: trainer?.passwordHash ?? passwords.decoyHash)
        guard let trainer, matches else {
            try await limiter.recordFailedSignIn(email: body.email, address: address)
            throw APIError(.unauthorized, code: "unauthorized", message: "Wrong e-mail address or password.")
        }
        return trainer
    }

    /// A new sign-in token of `kind` for `trainer`; only its hash is stored.
    func issueToken(for trainer: TrainerRecord, kind: TokenKind) async throws -> String {
        let token = SecretToken.generate()
        let now = now()
        try await store.createToken(
            AuthTokenRecord(
                tokenHash: SecretToken.hash(token), trainerID: trainer.id, kind: kind, createdAt: now,
                expiresAt: now.addingTimeInterval(config.tokenLifetime)))
        return token
    }
}
