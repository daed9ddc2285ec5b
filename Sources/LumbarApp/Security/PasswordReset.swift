import Foundation
import LumbarStore

/// One-time links that let a person who lost their password set a new one. The person running the
/// server makes one (`lumbar account reset-password`) and passes it on; only the token's hash is
/// stored, the link works for an hour and once, and using it signs the account out everywhere.
public enum PasswordReset {
    /// How long a link works.
    public static let lifetime: TimeInterval = 60 * 60

    /// The page a link opens: relative, like a share link's, unless a public URL is configured.
    static func path(token: String) -> String { "/reset-password/\(token)" }

    /// Makes a reset for the account with `email` (compared as sign-in compares it) and returns its
    /// link, or nil when no account has that address.
    public static func makeLink(in store: any LumbarStore, email: String, now: Date, publicURL: String?)
        async throws -> String?
    {
        guard let trainer = try await store.trainer(email: email) else { return nil }
        let token = SecretToken.generate()
        try await store.createPasswordReset(
            PasswordResetRecord(
                tokenHash: SecretToken.hash(token), trainerID: trainer.id, createdAt: now,
                expiresAt: now.addingTimeInterval(lifetime)))
        return (publicURL ?? "") + path(token: token)
    }
}
