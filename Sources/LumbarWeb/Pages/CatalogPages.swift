import Foundation
import Hummingbird
import LumbarCore

/// Every exercise, searchable and filterable by phase, muscle, position and equipment, each with
/// its cues, doses and progression chain. Public, like the catalog API: it holds no one's data.
struct CatalogPages {
    let pages: WebPages
    var catalog: Catalog { pages.app.catalog }

    func add(to router: Router<LumbarRequestContext>) {
        router.get("catalog") { request, context in try await show(request, context) }
    }

    func show(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        var context = context
        context.trainer = try await pages.app.browserTrainer(request)
        let query = request.uri.queryParameters
        let phase = query.get("phase").flatMap(Phase.init(rawValue:))
        let muscle = query.get("muscle").flatMap(Muscle.init(rawValue:))
        let position = query.get("position").flatMap(Position.init(rawValue:))
        let equipment = query.get("equipment").flatMap(Equipment.init(rawValue:))
        let text = query.get("q").map { $0.trimmingCharacters(in: .whitespaces) }.flatMap {
            $0.isEmpty ? nil : String($0.prefix(100))
        }
        let matching = catalog.filtered(phase: phase, muscle: muscle, search: text).filter { exercise in
            (position == nil || exercise.position == position)
                && (equipment == nil || exercise.equipment.contains(equipment!))
        }
        func options<T: RawRepresentable & CaseIterable>(_ all: T.AllCases, selected: T?, label: (T) -> String)
            -> [[String: Any]] where T.RawValue == String, T: Equatable
        {
            all.map { ["value": $0.rawValue, "label": label($0), "selected": $0 == selected] }
        }
        let values: [String: Any] = [
            "q": text ?? "", "count": matching.count, "total": catalog.exercises.count,
            "phases": options(Phase.allCases, selected: phase) { $0.title },
            "muscles": options(Muscle.allCases, selected: muscle) { $0.displayName.capitalizedFirst },
            "positions": options(Position.allCases, selected: position, label: AssessmentWords.position),
            "equipment": options(Equipment.allCases, selected: equipment, label: AssessmentWords.equipment),
            "exercises": matching.map(entry),
        ]
        return pages.page("catalog", title: "Exercises", values, request: request, context: context)
    }

    func entry(_ exercise: Exercise) -> [String: Any] {
        let dose = ProgramDose(exercise.dose)
        let range = exercise.doseRange
        var ranges = ["sets \(range.sets.lowerBound)–\(range.sets.upperBound)"]
        if let reps = range.reps { ranges.append("reps \(reps.lowerBound)–\(reps.upperBound)") }
        if let hold = range.holdSeconds { ranges.append("hold \(hold.lowerBound)–\(hold.upperBound) s") }
        if let minutes = range.minutes { ranges.append("\(minutes.lowerBound)–\(minutes.upperBound) min") }
        return [
            "id": exercise.id, "name": exercise.name, "phase": exercise.phase.rawValue,
            "phaseTitle": exercise.phase.title,
            "summary": exercise.summary, "cues": exercise.cues, "cautions": exercise.cautions,
            "targets": exercise.targets.map(\.displayName).joined(separator: ", "),
            "position": AssessmentWords.position(exercise.position),
            "equipment": TemplateValue.text(exercise.equipment.map(AssessmentWords.equipment).joined(separator: ", ")),
            "dose": dose.text(side: .both, weakSide: nil), "ranges": ranges.joined(separator: ", "),
            "easier": TemplateValue.text(exercise.regression.flatMap { catalog[$0] }.map(\.name)),
            "easierId": exercise.regression ?? "",
            "harder": TemplateValue.text(exercise.progression.flatMap { catalog[$0] }.map(\.name)),
            "harderId": exercise.progression ?? "",
        ]
    }
}

extension String {
    /// "hip flexors" → "Hip flexors".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
