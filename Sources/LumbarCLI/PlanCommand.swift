import ArgumentParser
import LumbarCore
import LumbarJSON

struct PlanCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Screen, find the causes, and build the corrective program.",
        discussion: "Exit codes: 0 proceed (program printed), 3 refer, 4 emergency, 2 bad input.")

    @Option(help: ArgumentHelp("The lumbar.assessment/1 file, or - for standard input.", valueName: "FILE"))
    var assessment: String
    @Flag(help: "Print lumbar.program/1 JSON.") var json = false

    func execute(_ console: Console) throws(CommandFailure) -> Int32 {
        let parsed = try readAssessment(assessment, console: console)
        let catalog = try bundledCatalog()
        let program = Planner(catalog: catalog).plan(parsed)
        console.out +=
            json
            ? JSONWriter.string(program.json)
            : HumanText.handout(program, assessment: parsed, findings: Findings.derive(from: parsed), catalog: catalog)
        return program.decision.exitCode
    }
}
