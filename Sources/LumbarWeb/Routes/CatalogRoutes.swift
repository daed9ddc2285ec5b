import Hummingbird
import LumbarCore

/// `GET /api/v1/catalog` and `/routines`, filtered by `?phase=&muscle=&q=`; public, as they hold
/// no one's data.
struct CatalogRoutes {
    let app: AppServices

    func add(to group: LumbarRouterGroup) {
        group.get("catalog") { request, _ in try catalog(request) }
        group.get("routines") { request, _ in try routines(request) }
    }

    struct Filter {
        var phase: Phase?
        var muscle: Muscle?
        var text: String?

        init(_ request: Request) throws(APIError) {
            let query = request.uri.queryParameters
            phase = try Filter.enumValue(Phase.self, query, "phase")
            muscle = try Filter.enumValue(Muscle.self, query, "muscle")
            text = try SearchText.read(request)
        }

        static func enumValue<E: RawRepresentable & CaseIterable>(_: E.Type, _ query: Parameters, _ name: String)
            throws(APIError) -> E? where E.RawValue == String
        {
            guard let text = query.get(name), !text.isEmpty else { return nil }
            guard let value = E(rawValue: text) else {
                throw APIError.badQuery(
                    name, "\"\(text)\" is not one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return value
        }
    }

    func catalog(_ request: Request) throws -> Response {
        let filter = try Filter(request)
        let exercises = app.catalog.filtered(phase: filter.phase, muscle: filter.muscle, search: filter.text)
        return JSONResponse.make(.ok, Catalog.json(exercises))
    }

    /// Routines that include an exercise of the phase, one working the muscle, and whose name,
    /// summary or exercises mention the text.
    func routines(_ request: Request) throws -> Response {
        let filter = try Filter(request)
        let needle = filter.text?.lowercased()
        let matching = app.routines.filter { routine in
            let exercises = routine.steps.compactMap { app.catalog[$0.exerciseId] }
            if let phase = filter.phase, !exercises.contains(where: { $0.phase == phase }) { return false }
            if let muscle = filter.muscle, !exercises.contains(where: { $0.targets.contains(muscle) }) { return false }
            guard let needle else { return true }
            let haystack = ([routine.id, routine.name, routine.summary] + exercises.map(\.name)).joined(separator: " ")
            return haystack.lowercased().contains(needle)
        }
        return JSONResponse.make(.ok, Routines.json(matching))
    }
}
