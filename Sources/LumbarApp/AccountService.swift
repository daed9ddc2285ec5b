import Foundation
import LumbarStore

/// Trainers' accounts: registering, signing in and out, one-time password resets, and erasing an
/// account. Passwords are bcrypt-hashed and tokens stored only as their SHA-256, so a copy of the
/// database signs nobody in; failed sign-ins and registrations count against the rate limits.
public struct AccountService: Sendable {
    let context: AppContext

    /// Throws `rateLimited` past the registrations one address may make, and counts this one.
    /// Called before the form or body is read, so a flood of bad requests is held back too.
    public func admitRegistration(address: String?) async throws {
        try await context.limiter.checkRegistration(address: address)
    }

    /// Creates the account; `conflict` naming `email` when the address is taken. The caller has
    /// admitted the registration (`admitRegistration`).
    public func register(email: String, name: String, password: String) async throws -> TrainerRecord {
        let trainer = TrainerRecord(
            id: UUID(), email: email, name: name, passwordHash: await context.passwords.hash(password),
            createdAt: context.now())
        do {
            try await context.store.createTrainer(trainer)
        } catch StoreError.conflict {
            throw AppError.conflict("An account with this e-mail address already exists.", field: "email")
        }
        context.logger.info("trainer registered", metadata: ["trainer": .string(trainer.id.text)])
        return trainer
    }

    /// The trainer these credentials sign in, or `unauthorized`; `rateLimited` past the limits.
    public func authenticate(email: String, password: String, address: String?) async throws -> TrainerRecord {
        // Checked before the password is, so a guesser past the limit learns nothing.
        try await context.limiter.checkSignIn(email: email, address: address)
        let trainer = try await context.store.trainer(email: email)
        // An unknown address costs the same bcrypt work as a wrong password: no timing tells them apart.
        let passwords = context.passwords
        let matches = await passwords.verify(password, hash: trainer?.passwordHash ?? passwords.decoyHash)
        guard let trainer, matches else {
            try await context.limiter.recordFailedSignIn(email: email, address: address)
            throw AppError.unauthorized("Wrong e-mail address or password.")
        }
        return trainer
    }

    /// A new sign-in token of `kind` for `trainer`, valid for the configured lifetime; only its
    /// hash is stored.
    public func issueToken(for trainer: TrainerRecord, kind: TokenKind) async throws -> String {
        let token = SecretToken.generate()
        let now = context.now()
        try await context.store.createToken(
            AuthTokenRecord(
                tokenHash: SecretToken.hash(token), trainerID: trainer.id, kind: kind, createdAt: now,
                expiresAt: now.addingTimeInterval(context.tokenLifetime)))
        return token
    }

    /// The trainer a live browser-session token signs in, if any.
    public func browserTrainer(token: String) async throws -> TrainerRecord? {
        guard SecretToken.isWellFormed(token) else { return nil }
        return try await context.store.trainer(tokenHash: SecretToken.hash(token), kind: .cookie, now: context.now())
    }

    /// Ends the session of the token with this hash (a bearer token or a browser session).
    public func signOut(tokenHash: String) async throws {
        try await context.store.revokeToken(hash: tokenHash, at: context.now())
    }

    /// Erases the trainer and all their clients once `password` is theirs. A wrong password counts
    /// as a failed sign-in (a stolen token must not become a way to guess the password) and is
    /// `forbidden`, naming the field.
    public func erase(_ trainer: TrainerRecord, password: String, address: String?) async throws {
        let limiter = context.limiter
        try await limiter.checkSignIn(email: trainer.email, address: address)
        guard await context.passwords.verify(password, hash: trainer.passwordHash) else {
            try await limiter.recordFailedSignIn(email: trainer.email, address: address)
            throw AppError.forbidden("That is not the account's password; nothing was erased.", field: "password")
        }
        try await context.store.eraseTrainer(id: trainer.id)
        context.logger.notice("account erased", metadata: ["trainer": .string(trainer.id.text)])
    }

    /// The account a live, unused reset token belongs to; nil for any other text.
    public func resetTarget(token: String) async throws -> TrainerRecord? {
        guard SecretToken.isWellFormed(token) else { return nil }
        return try await context.store.passwordResetTrainer(tokenHash: SecretToken.hash(token), now: context.now())
    }

    /// Sets a new password with a reset token and signs the account out everywhere; false when the
    /// token is dead. Used at most once even when two requests race: the store checks and spends it
    /// in one step.
    public func resetPassword(token: String, to password: String) async throws -> Bool {
        guard SecretToken.isWellFormed(token) else { return false }
        let hash = await context.passwords.hash(password)
        let reset = try await context.store.resetPassword(
            tokenHash: SecretToken.hash(token), passwordHash: hash, now: context.now())
        guard reset != nil else { return false }
        context.logger.notice("password reset")
        return true
    }
}
