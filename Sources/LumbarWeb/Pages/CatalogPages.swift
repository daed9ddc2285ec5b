import Foundation
import Hummingbird
import LumbarCore

/// Every exercise, searchable and filterable by phase, muscle, position and equipment, each with
/// its cues, doses and progression chain. Public, like the catalog API: it holds no one's data.
struct CatalogPages {
    let pages: WebPages
    /// Shared by every request this router serves (the struct is copied into each route's closure).
    let cache = CatalogListCache()
    var catalog: Catalog { pages.app.catalog }

    func add(to router: Router<LumbarRequestContext>) {
        router.get("catalog") { request, context in try await show(request, context) }
    }

    func show(_ request: Request, _ context: LumbarRequestContext) async throws -> Response {
        var context = context
        context.trainer = try await pages.app.browserTrainer(request)
        let query = request.uri.queryParameters
        let filter = CatalogListCache.Filter(
            phase: query.get("phase").flatMap(Phase.init(rawValue:)),
            muscle: query.get("muscle").flatMap(Muscle.init(rawValue:)),
            position: query.get("position").flatMap(Position.init(rawValue:)),
            equipment: query.get("equipment").flatMap(Equipment.init(rawValue:)),
            text: query.get("q").map { $0.trimmingCharacters(in: .whitespaces) }.flatMap {
                $0.isEmpty ? nil : String($0.prefix(100))
            })
        let list = cache.list(for: filter) {
            let matching = catalog.filtered(phase: filter.phase, muscle: filter.muscle, search: filter.text).filter {
                exercise in
                (filter.position == nil || exercise.position == filter.position)
                    && (filter.equipment == nil || exercise.equipment.contains(filter.equipment!))
            }
            return .init(count: matching.count, html: CatalogEntries.html(matching, catalog: catalog))
        }
        func options<T: RawRepresentable & CaseIterable>(_ all: T.AllCases, selected: T?, label: (T) -> String)
            -> [[String: Any]] where T.RawValue == String, T: Equatable
        {
            all.map { ["value": $0.rawValue, "label": label($0), "selected": $0 == selected] }
        }
        let values: [String: Any] = [
            "q": filter.text ?? "", "count": list.count, "total": catalog.exercises.count,
            "phases": options(Phase.allCases, selected: filter.phase) { $0.title },
            "muscles": options(Muscle.allCases, selected: filter.muscle) { $0.displayName.capitalizedFirst },
            "positions": options(Position.allCases, selected: filter.position, label: AssessmentWords.position),
            "equipment": options(Equipment.allCases, selected: filter.equipment, label: AssessmentWords.equipment),
            "entries": list.html,
        ]
        return pages.page("catalog", title: "Exercises", values, request: request, context: context)
    }
}

extension String {
    /// "hip flexors" → "Hip flexors".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
