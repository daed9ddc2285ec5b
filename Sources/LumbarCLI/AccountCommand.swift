import ArgumentParser
import Foundation
import LumbarApp
import LumbarWeb

/// `lumbar account …`: what the person running the server can do for an account.
struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account", abstract: "Help an account holder: a one-time link to set a new password.",
        subcommands: [ResetPasswordCommand.self])
}

struct ResetPasswordCommand: AsyncConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset-password",
        abstract: "Print a one-time link that lets the account's owner set a new password.",
        discussion: """
            The link works once, for one hour; only its hash is stored. Setting the new password signs \
            the account out everywhere (API tokens and browser sessions). Send the link to the account's \
            owner over a channel you trust. Without --public-url (or LUMBAR_PUBLIC_URL) the link is a path \
            to put after the server's address. Exit codes: 0 printed, 1 the database failed, 2 bad input \
            (no account with that address).
            """)

    @Option(help: ArgumentHelp("sqlite://PATH or postgres://… (default ./lumbar.sqlite).", valueName: "URL"))
    var database: String?
    @Option(help: ArgumentHelp("The account's e-mail address.", valueName: "E"))
    var email: String
    @Option(help: ArgumentHelp("The server's public address, such as https://lumbar.example.org.", valueName: "URL"))
    var publicURL: String?

    func execute(_ console: Console) async throws(CommandFailure) -> Int32 {
        let config = try resolveConfig(database: database, publicURL: publicURL)
        if case .sqlite(let path) = config.database, path != ":memory:", !FileManager.default.fileExists(atPath: path) {
            throw .badInput(["--database: \(path) does not exist"])
        }
        let store = try openStore(config, logger: commandLogger(config))
        let link: String?
        do {
            try await store.migrate()
            link = try await PasswordReset.makeLink(
                in: store, email: email, now: Date(), publicURL: config.publicURL)
            try await store.close()
        } catch {
            try? await store.close()
            throw .internalError("making the reset link failed: \(error)")
        }
        guard let link else { throw .badInput(["--email: no account has the address \(email)"]) }
        console.print(link)
        console.print(
            "It works once, until \(Date().addingTimeInterval(PasswordReset.lifetime).formatted(.iso8601)); "
                + "using it signs \(email) out everywhere.")
        return LumbarExit.success
    }
}
