import Foundation
import LumbarApp
import LumbarSQLite
import LumbarStore
import LumbarTestSupport
import Testing

@testable import LumbarCLI
@testable import LumbarWeb

/// `lumbar account reset-password`: a one-time link for an account, stored only as a hash.
@Suite struct AccountCommandTests {
    @Test func printsALinkThatOpensTheResetOfThatAccount() async throws {
        try await BackupCommandTests.withDatabase { _, path, store, client in
            let trainer = try #require(try await store.trainer(id: client.trainerID))
            let result = await LumbarCLI.runAsync([
                "account", "reset-password", "--database", "sqlite://\(path)", "--email", trainer.email.lowercased(),
                "--public-url", "https://lumbar.example.org",
            ])
            #expect(result.exitCode == 0, "\(result.stderr)")
            let link = try #require(result.stdout.split(separator: "\n").first.map(String.init))
            let prefix = "https://lumbar.example.org/reset-password/"
            #expect(link.hasPrefix(prefix))
            #expect(result.stdout.contains("It works once, until"))
            let token = String(link.dropFirst(prefix.count))
            // Only the hash is stored: the token itself is nowhere in the database file.
            let file = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(file.range(of: Data(token.utf8)) == nil)
            let hashed = try await store.passwordResetTrainer(tokenHash: SecretToken.hash(token), now: Date())
            #expect(hashed?.id == trainer.id)
            try await store.close()
        }
    }

    @Test func unknownAddressesAndMissingDatabasesAreBadInput() async throws {
        try await BackupCommandTests.withDatabase { directory, path, store, _ in
            let unknown = await LumbarCLI.runAsync([
                "account", "reset-password", "--database", "sqlite://\(path)", "--email", "nobody@example.com",
            ])
            #expect(unknown.exitCode == 2 && unknown.stderr.contains("no account has the address nobody@example.com"))
            let missing = directory.appendingPathComponent("absent.sqlite").path
            let noDatabase = await LumbarCLI.runAsync([
                "account", "reset-password", "--database", "sqlite://\(missing)", "--email", "a@b.io",
            ])
            #expect(noDatabase.exitCode == 2 && noDatabase.stderr.contains("does not exist"))
            #expect(!FileManager.default.fileExists(atPath: missing))
            let noEmail = await LumbarCLI.runAsync(["account", "reset-password", "--database", "sqlite://\(path)"])
            #expect(noEmail.exitCode == 2)
            try await store.close()
        }
    }
}
