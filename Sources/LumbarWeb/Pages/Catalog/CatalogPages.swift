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
        let filter = CatalogPage.Filter(
            phase: query.get("phase").flatMap(Phase.init(rawValue:)),
            muscle: query.get("muscle").flatMap(Muscle.init(rawValue:)),
            position: query.get("position").flatMap(Position.init(rawValue:)),
            equipment: query.get("equipment").flatMap(Equipment.init(rawValue:)),
            text: request.formValue("q").map { $0.trimmingCharacters(in: .whitespaces) }.flatMap {
                $0.isEmpty ? nil : String($0.prefix(100))
            })
        let model = CatalogPage(catalog, filter: filter)
        return pages.page(title: "Exercises", request: request, context: context) { _ in model.content }
    }
}

extension String {
    /// "hip flexors" → "Hip flexors".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
