import Foundation
import LumbarJSON

/// The validated exercise catalog with the look-ups the planner needs.
public struct Catalog: Sendable {
    public static let schema = "lumbar.catalog/1"

    /// In file order, which is the planner's order of preference within a phase.
    public let exercises: [Exercise]
    private let indexByID: [String: Int]
    /// Per phase and muscle (at `phase.ordinal * Muscle.count + muscle.ordinal`), the indices of
    /// exercises that target it, primary targets first.
    private let byPhaseAndMuscle: [[Int]]
    /// Per phase ordinal, the indices of its exercises in file order.
    private let indicesByPhase: [[Int]]
    /// Per exercise, what the planner's filters test.
    let traits: [ExerciseTraits]

    /// Builds a catalog after checking every rule in `Catalog.validate`.
    public init(exercises: [Exercise]) throws(ValidationFailure) {
        let issues = Catalog.validate(exercises)
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        self.exercises = exercises
        var ids: [String: Int] = [:]
        var index = [[Int]](repeating: [], count: Phase.count * Muscle.count)
        var byPhase = [[Int]](repeating: [], count: Phase.count)
        for (offset, exercise) in exercises.enumerated() {
            ids[exercise.id] = offset
            byPhase[exercise.phase.ordinal].append(offset)
        }
        // Primary-target matches first, then secondary ones; each group keeps file order.
        for pass in 0..<2 {
            for (offset, exercise) in exercises.enumerated() {
                for (position, muscle) in exercise.targets.enumerated() where (position == 0) == (pass == 0) {
                    index[exercise.phase.ordinal * Muscle.count + muscle.ordinal].append(offset)
                }
            }
        }
        self.indexByID = ids
        self.byPhaseAndMuscle = index
        self.indicesByPhase = byPhase
        self.traits = exercises.map(ExerciseTraits.init)
    }

    public subscript(id: String) -> Exercise? { indexByID[id].map { exercises[$0] } }

    public func contains(_ id: String) -> Bool { indexByID[id] != nil }

    /// Whether the exercise's dose counts reps; nil when `id` is not in the catalog. Session logs
    /// ask this of every logged entry, and `self[id]` would copy the whole exercise to answer it.
    public func countsReps(_ id: String) -> Bool? { indexByID[id].map { exercises[$0].dose.reps != nil } }

    /// Exercises of `phase` that target `muscle`, primary-target matches first.
    public func candidates(phase: Phase, muscle: Muscle) -> [Exercise] {
        candidateIndices(phase: phase, muscle: muscle).map { exercises[$0] }
    }

    /// Positions in `exercises` of the candidates, so hot paths can test them without copying.
    public func candidateIndices(phase: Phase, muscle: Muscle) -> [Int] {
        byPhaseAndMuscle[phase.ordinal * Muscle.count + muscle.ordinal]
    }

    public func exercises(in phase: Phase) -> [Exercise] { indicesByPhase[phase.ordinal].map { exercises[$0] } }

    /// Positions in `exercises` of the exercises of `phase`, in file order.
    public func indices(in phase: Phase) -> [Int] { indicesByPhase[phase.ordinal] }

    /// The position of `id` in `exercises`.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// The exercise's whole progression chain, easiest first.
    public func chain(containing id: String) -> [Exercise] {
        guard var current = self[id] else { return [] }
        var seen: Set<String> = [current.id]
        while let previous = current.regression.flatMap({ self[$0] }), seen.insert(previous.id).inserted {
            current = previous
        }
        var chain = [current]
        while let next = current.progression.flatMap({ self[$0] }), !chain.contains(where: { $0.id == next.id }) {
            chain.append(next)
            current = next
        }
        return chain
    }

    /// Filters for the CLI and API: phase, muscle (any target) and free text over name, id, aliases,
    /// summary and cues.
    public func filtered(phase: Phase? = nil, muscle: Muscle? = nil, search: String? = nil) -> [Exercise] {
        let needle = search?.trimmingWhitespace().lowercased() ?? ""
        return exercises.filter { exercise in
            if let phase, exercise.phase != phase { return false }
            if let muscle, !exercise.targets.contains(muscle) { return false }
            if needle.isEmpty { return true }
            let haystack = ([exercise.id, exercise.name] + exercise.aliases + [exercise.summary] + exercise.cues)
                .joined(separator: " ")
            return haystack.lowercased().contains(needle)
        }
    }
}

extension Catalog {
    /// The catalog shipped in `Resources/catalog.json`, loaded and validated once.
    public static func bundled() throws(ValidationFailure) -> Catalog { try BundledCatalog.result.get() }
}

private enum BundledCatalog {
    static let result: Result<Catalog, ValidationFailure> = {
        guard let url = Bundle.module.url(forResource: "catalog", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else {
            return .failure(ValidationFailure(path: "catalog.json", message: "the bundled catalog is missing"))
        }
        do {
            return .success(try Catalog.parse(String(decoding: data, as: UTF8.self)))
        } catch let failure as ValidationFailure {
            return .failure(failure)
        } catch {
            return .failure(ValidationFailure(path: "", message: "\(error)"))
        }
    }()
}
