import ArgumentParser
import LumbarCore
import LumbarJSON

struct ScreenCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Red-flag screening only.",
        discussion: "Exit codes: 0 proceed, 3 refer, 4 emergency, 2 bad input.")

    @Option(help: ArgumentHelp("The lumbar.assessment/1 file, or - for standard input.", valueName: "FILE"))
    var assessment: String
    @Flag(help: "Print {decision, reasons, cautions, advice} as JSON.") var json = false

    func execute(_ console: Console) throws(CommandFailure) -> Int32 {
        let parsed = try readAssessment(assessment, console: console)
        let result = Screening.screen(parsed)
        console.out += json ? JSONWriter.string(result.json) : HumanText.screening(result, name: parsed.client.name)
        return result.decision.exitCode
    }
}
