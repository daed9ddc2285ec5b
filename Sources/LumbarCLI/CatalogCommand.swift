import ArgumentParser
import LumbarCore
import LumbarJSON

struct CatalogCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "List the exercise catalog, optionally filtered.")

    @Flag(help: "Print lumbar.catalog/1 JSON.") var json = false
    @Option(help: "Only this phase: \(Phase.allCases.map(\.rawValue).joined(separator: ", ")).") var phase: String?
    @Option(help: "Only exercises that target this muscle (camelCase, e.g. gluteusMedius).") var muscle: String?
    @Option(help: "Only exercises whose name, summary or cues contain this text.") var search: String?

    func execute(_ console: Console) throws(CommandFailure) -> Int32 {
        var problems: [String] = []
        let phaseFilter = parseEnum(Phase.self, phase, option: "--phase", problems: &problems)
        let muscleFilter = parseEnum(Muscle.self, muscle, option: "--muscle", problems: &problems)
        guard problems.isEmpty else { throw .badInput(problems) }

        let catalog = try bundledCatalog()
        let exercises = catalog.filtered(phase: phaseFilter, muscle: muscleFilter, search: search)
        if json {
            console.out += JSONWriter.string(Catalog.json(exercises))
            return 0
        }
        console.out += HumanText.catalog(exercises, total: catalog.exercises.count)
        return 0
    }
}

/// Parses an enum option, recording "accepted values" when it is not one of them.
func parseEnum<E: RawRepresentable & CaseIterable>(_: E.Type, _ raw: String?, option: String, problems: inout [String])
    -> E? where E.RawValue == String
{
    guard let raw else { return nil }
    if let value = E(rawValue: raw) { return value }
    problems.append("\(option): \"\(raw)\" is not one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
    return nil
}
