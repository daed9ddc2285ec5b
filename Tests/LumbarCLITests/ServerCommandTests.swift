import Foundation
import LumbarCLI
import LumbarTestSupport
import Testing

@Suite struct ServerCommandTests {
    @Test func migrateCreatesTheSQLiteFileAndCanRunAgain() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lumbar-migrate-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lumbar.sqlite").path
        for _ in 0..<2 {
            let result = await LumbarCLI.runAsync(["migrate", "--database", "sqlite://\(path)"])
            #expect(result.exitCode == 0, "\(result.stderr)")
            #expect(result.stdout == "Schema of SQLite \(path) is up to date.\n")
        }
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func migrateDownToTakesTheSchemaBackAndUpAgain() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lumbar-down-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = "sqlite://" + directory.appendingPathComponent("lumbar.sqlite").path
        #expect(await LumbarCLI.runAsync(["migrate", "--database", url]).exitCode == 0)
        let down = await LumbarCLI.runAsync(["migrate", "--database", url, "--down-to", "001_initial"])
        #expect(down.exitCode == 0, "\(down.stderr)")
        #expect(down.stdout.hasSuffix("is back at 001_initial.\n"))
        #expect(await LumbarCLI.runAsync(["migrate", "--database", url]).exitCode == 0)

        let unknown = await LumbarCLI.runAsync(["migrate", "--database", url, "--down-to", "042_future"])
        #expect(unknown.exitCode == 2)
        #expect(
            unknown.stderr.hasPrefix(
                "error: --down-to: \"042_future\" is not a migration of this build (known: 001_initial"))
    }

    @Test func badDatabaseURLsAndPortsAreBadInput() async {
        let migrate = await LumbarCLI.runAsync(["migrate", "--database", "mysql://user:secret@db/x"])
        #expect(migrate.exitCode == 2)
        #expect(
            migrate.stderr == "error: --database: \"mysql://user:***@db/x\" is not a sqlite:// or postgres:// URL\n")
        let serve = await LumbarCLI.runAsync(["serve", "--port", "70000"])
        #expect(serve.exitCode == 2)
        #expect(serve.stderr == "error: --port: 70000 is outside 0…65535\n")
        let notANumber = await LumbarCLI.runAsync(["serve", "--port", "http"])
        #expect(notANumber.exitCode == 2)
    }

    @Test func theSynchronousEntryPointRefusesServerCommandsInsteadOfBlocking() {
        let result = LumbarCLI.run(["migrate", "--database", "sqlite::memory:"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("runAsync"))
    }

    @Test func runAsyncRunsTheOtherCommandsAsRunDoes() async {
        let arguments = ["plan", "--assessment", Fixtures.examplePath("desk-worker"), "--json"]
        let synchronous = LumbarCLI.run(arguments)
        let asynchronous = await LumbarCLI.runAsync(arguments)
        #expect(asynchronous == synchronous)
        #expect(asynchronous.exitCode == 0)
    }
}
