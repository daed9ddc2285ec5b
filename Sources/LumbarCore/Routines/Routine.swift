import Foundation
import LumbarJSON

/// A ready-made workout: a fixed sequence of catalog exercises, done for a number of rounds.
public struct Routine: Equatable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var summary: String
    public var rounds: Int
    public var sources: [String]
    public var steps: [Step]

    public struct Step: Equatable, Hashable, Sendable {
        public var exerciseId: String
        public var dose: StepDose
        /// What a number cannot say ("hold at least this long"); nil when the dose says it all.
        public var note: String?
    }

    /// A routine's dose may count reps (optionally a range up to `repsMax`), seconds, breaths or minutes.
    public struct StepDose: Equatable, Hashable, Sendable {
        public var sets: Int
        public var reps: Int?
        public var repsMax: Int?
        public var holdSeconds: Int?
        public var breaths: Int?
        public var minutes: Int?
        public var perSide: Bool
    }
}

/// The ready-made workouts shipped in `Resources/routines.json`.
public enum Routines {
    public static let schema = "lumbar.routines/1"

    public static func parse(_ text: String, catalog: Catalog) throws(ValidationFailure) -> [Routine] {
        let value = try JSONParser.document(text)
        let log = IssueLog()
        var routines: [Routine] = []
        if let doc = JSONReader(value: value, path: "", log: log).object(keys: ["schema", "routines"]) {
            if let schema = doc.string("schema", required: true), schema != Routines.schema {
                log.add("schema", "\"\(schema)\" is not supported (expected \"\(Routines.schema)\")")
            }
            var ids = Set<String>()
            for item in doc.field("routines", required: true)?.array() ?? [] {
                guard let routine = readRoutine(item, catalog: catalog) else { continue }
                if !ids.insert(routine.id).inserted { log.add("\(item.path).id", "duplicate id \"\(routine.id)\"") }
                routines.append(routine)
            }
        }
        guard log.isEmpty else { throw ValidationFailure(log.issues) }
        return routines
    }

    private static func readRoutine(_ reader: JSONReader, catalog: Catalog) -> Routine? {
        guard let obj = reader.object(keys: ["id", "name", "summary", "rounds", "sources", "steps"]) else { return nil }
        let id = obj.string("id", required: true)
        let name = obj.string("name", required: true)
        let summary = obj.string("summary", required: true, maxLength: 1000)
        let rounds = obj.int("rounds", in: 1...20, required: true)
        let sourceItems = obj.field("sources", required: true)?.array() ?? []
        let sources = sourceItems.compactMap { $0.string() }
        var steps: [Routine.Step] = []
        for item in obj.field("steps", required: true)?.array() ?? [] {
            guard let step = item.object(keys: ["exerciseId", "dose", "note"]) else { continue }
            let exerciseId = step.string("exerciseId", required: true)
            if let exerciseId, !catalog.contains(exerciseId) {
                obj.log.add("\(step.path).exerciseId", "\"\(exerciseId)\" is not in the catalog")
            }
            let note = step.string("note", maxLength: 500)
            var dose: Routine.StepDose?
            if let d = step.object(
                "dose", keys: ["sets", "reps", "repsMax", "holdSeconds", "breaths", "minutes", "perSide"],
                required: true)
            {
                let sets = d.int("sets", in: 1...20, required: true)
                let reps = d.int("reps", in: 1...200)
                let repsMax = d.int("repsMax", in: 1...200)
                if let reps, let repsMax, repsMax < reps {
                    obj.log.add("\(d.path).repsMax", "\(repsMax) is below reps \(reps)")
                }
                if let sets {
                    dose = Routine.StepDose(
                        sets: sets, reps: reps, repsMax: repsMax, holdSeconds: d.int("holdSeconds", in: 1...3600),
                        breaths: d.int("breaths", in: 1...100), minutes: d.int("minutes", in: 1...240),
                        perSide: d.bool("perSide") ?? false)
                }
            }
            if let exerciseId, let dose {
                let countless =
                    dose.reps == nil && dose.holdSeconds == nil && dose.breaths == nil && dose.minutes == nil
                if countless && note == nil {
                    obj.log.add("\(step.path).note", "a step without reps, seconds, breaths or minutes needs a note")
                }
                steps.append(Routine.Step(exerciseId: exerciseId, dose: dose, note: note))
            }
        }
        guard let id, let name, let summary, let rounds, sources.count == sourceItems.count else { return nil }
        if steps.isEmpty { obj.log.add("\(obj.path).steps", "a routine needs at least one step") }
        return Routine(id: id, name: name, summary: summary, rounds: rounds, sources: sources, steps: steps)
    }

    /// The routines shipped with Lumbar, checked against the bundled catalog.
    public static func bundled() throws(ValidationFailure) -> [Routine] { try BundledRoutines.result.get() }

    public static func json(_ routines: [Routine]) -> JSONValue {
        .object([("schema", .string(schema)), ("routines", .array(routines.map(\.json)))])
    }
}

private enum BundledRoutines {
    static let result: Result<[Routine], ValidationFailure> = {
        do {
            let catalog = try Catalog.bundled()
            guard let url = Bundle.module.url(forResource: "routines", withExtension: "json"),
                let data = try? Data(contentsOf: url)
            else {
                return .failure(ValidationFailure(path: "routines.json", message: "the bundled routines are missing"))
            }
            return .success(try Routines.parse(String(decoding: data, as: UTF8.self), catalog: catalog))
        } catch let failure as ValidationFailure {
            return .failure(failure)
        } catch {
            return .failure(ValidationFailure(path: "", message: "\(error)"))
        }
    }()
}

extension Routine {
    public var json: JSONValue {
        .object([
            ("id", .string(id)), ("name", .string(name)), ("summary", .string(summary)), ("rounds", .int(rounds)),
            ("sources", .strings(sources)),
            (
                "steps",
                .array(
                    steps.map { step in
                        .object([
                            ("exerciseId", .string(step.exerciseId)), ("dose", step.dose.json),
                            ("note", .optionalString(step.note)),
                        ])
                    })
            ),
        ])
    }
}

extension Routine.StepDose {
    /// Only the figures that apply, as the contract's examples show them.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("sets", .int(sets))]
        if let reps { pairs.append(("reps", .int(reps))) }
        if let repsMax { pairs.append(("repsMax", .int(repsMax))) }
        if let holdSeconds { pairs.append(("holdSeconds", .int(holdSeconds))) }
        if let breaths { pairs.append(("breaths", .int(breaths))) }
        if let minutes { pairs.append(("minutes", .int(minutes))) }
        if perSide { pairs.append(("perSide", .bool(true))) }
        return .object(pairs)
    }
}
