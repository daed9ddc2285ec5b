import ArgumentParser
import LumbarCore
import LumbarJSON

struct RoutinesCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "routines", abstract: "List the ready-made workouts.")

    @Flag(help: "Print lumbar.routines/1 JSON.") var json = false

    func execute(_ console: Console) throws(CommandFailure) -> Int32 {
        let catalog = try bundledCatalog()
        let routines: [Routine]
        do {
            routines = try Routines.bundled()
        } catch {
            throw .internalError("the bundled routines are invalid:\n\(error)")
        }
        console.out +=
            json ? JSONWriter.string(Routines.json(routines)) : HumanText.routines(routines, catalog: catalog)
        return 0
    }
}
