import ArgumentParser
import Foundation
import LumbarCore

/// What one run of the command line printed and how it ended.
public struct CLIResult: Equatable, Sendable {
    public var exitCode: Int32
    public var stdout: String
    public var stderr: String
}

/// Exit codes shared by every command (CONTRACT.md).
public enum LumbarExit {
    public static let success: Int32 = 0
    public static let badInput: Int32 = 2
    /// The bundled catalog or routines failed validation: a broken build, not the user's input.
    public static let internalError: Int32 = 1
}

/// Where a command writes, and how it reads its input files (`-` is standard input).
final class Console {
    var out = ""
    var err = ""
    let readStandardInput: () -> String

    init(readStandardInput: @escaping () -> String) { self.readStandardInput = readStandardInput }

    func print(_ text: String = "") { out += text + "\n" }

    func read(_ path: String, option: String) throws(CommandFailure) -> String {
        if path == "-" { return readStandardInput() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.badInput(["\(option): cannot read \"\(path)\" (no such file, or not readable)"])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure.badInput(["\(option): \"\(path)\" is not UTF-8 text"])
        }
        return text
    }
}

enum CommandFailure: Error {
    case badInput([String])
    case internalError(String)
}

/// A subcommand that runs against a `Console`, so tests can run it in-process.
protocol ConsoleCommand: ParsableCommand {
    func execute(_ console: Console) throws(CommandFailure) -> Int32
}

/// A subcommand that needs async work (the database, the server); run by `LumbarCLI.runAsync`.
protocol AsyncConsoleCommand: ParsableCommand {
    func execute(_ console: Console) async throws(CommandFailure) -> Int32
}

public enum LumbarCLI {
    /// Runs `lumbar` with `arguments` (without the program name) and returns what it printed.
    /// The async commands (`serve`, `migrate`) need `runAsync`.
    public static func run(
        _ arguments: [String], standardInput: @escaping () -> String = LumbarCLI.readAllStandardInput
    )
        -> CLIResult
    {
        let console = Console(readStandardInput: standardInput)
        let command: ParsableCommand
        switch parse(arguments) {
        case .done(let result): return result
        case .command(let parsed): command = parsed
        }
        if command is AsyncConsoleCommand {
            return CLIResult(
                exitCode: LumbarExit.internalError, stdout: "",
                stderr:
                    "error: \(type(of: command).configuration.commandName ?? "this command") needs LumbarCLI.runAsync\n"
            )
        }
        guard let runnable = command as? ConsoleCommand else {
            return CLIResult(exitCode: 0, stdout: helpText(for: arguments) + "\n", stderr: "")
        }
        return finish(console) { () throws(CommandFailure) in try runnable.execute(console) }
    }

    /// Runs any `lumbar` command, the async ones included; what the executable calls.
    public static func runAsync(
        _ arguments: [String], standardInput: @escaping () -> String = LumbarCLI.readAllStandardInput
    ) async -> CLIResult {
        guard case .command(let command) = parse(arguments), let runnable = command as? AsyncConsoleCommand else {
            return run(arguments, standardInput: standardInput)
        }
        let console = Console(readStandardInput: standardInput)
        let code: Int32
        do throws(CommandFailure) {
            code = try await runnable.execute(console)
        } catch {
            return failure(error)
        }
        return CLIResult(exitCode: code, stdout: console.out, stderr: console.err)
    }

    /// argument-parser answers `lumbar help plan` and `lumbar plan --help` with its own help
    /// command, whose subcommand it keeps private; finding the subcommand by name here makes the
    /// help the subcommand's own instead of the root's.
    static func helpText(for arguments: [String]) -> String {
        let named = arguments.first { !$0.hasPrefix("-") && $0 != "help" }
        let subcommand = LumbarCommand.configuration.subcommands.first { $0.configuration.commandName == named }
        guard let subcommand else { return LumbarCommand.helpMessage() }
        return LumbarCommand.helpMessage(for: subcommand)
    }

    private enum Parsed {
        case done(CLIResult)
        case command(ParsableCommand)
    }

    private static func parse(_ arguments: [String]) -> Parsed {
        do {
            return .command(try LumbarCommand.parseAsRoot(arguments))
        } catch {
            let message = LumbarCommand.fullMessage(for: error)
            let code = LumbarCommand.exitCode(for: error)
            if code == .success { return .done(CLIResult(exitCode: 0, stdout: message + "\n", stderr: "")) }
            // Usage mistakes are bad input: the contract's exit code 2, not argument-parser's 64.
            return .done(CLIResult(exitCode: LumbarExit.badInput, stdout: "", stderr: message + "\n"))
        }
    }

    private static func finish(_ console: Console, _ body: () throws(CommandFailure) -> Int32) -> CLIResult {
        do throws(CommandFailure) {
            let code = try body()
            return CLIResult(exitCode: code, stdout: console.out, stderr: console.err)
        } catch {
            return failure(error)
        }
    }

    private static func failure(_ error: CommandFailure) -> CLIResult {
        switch error {
        case .badInput(let lines):
            return CLIResult(exitCode: LumbarExit.badInput, stdout: "", stderr: lines.map { "error: \($0)\n" }.joined())
        case .internalError(let message):
            return CLIResult(exitCode: LumbarExit.internalError, stdout: "", stderr: "error: \(message)\n")
        }
    }

    public static func readAllStandardInput() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}

struct LumbarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lumbar",
        abstract: "Screen, assess and plan corrective exercise for low back pain.",
        subcommands: [
            CatalogCommand.self, RoutinesCommand.self, ScreenCommand.self, PlanCommand.self, NextCommand.self,
            ServeCommand.self, MigrateCommand.self, SeedCommand.self, DemoCommand.self, BackupCommand.self,
            RestoreCommand.self, AccountCommand.self,
        ])
}

/// Loads the bundled catalog; a failure here is a broken build, reported as such.
func bundledCatalog() throws(CommandFailure) -> Catalog {
    do {
        return try Catalog.bundled()
    } catch {
        throw .internalError("the bundled exercise catalog is invalid:\n\(error)")
    }
}

/// Reads and validates an assessment file, turning every problem into one line with its JSON path.
func readAssessment(_ path: String, console: Console) throws(CommandFailure) -> Assessment {
    let text = try console.read(path, option: "--assessment")
    do {
        return try Assessment.parse(text)
    } catch {
        throw .badInput(error.issues.map(\.description))
    }
}
