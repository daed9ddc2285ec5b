import Hummingbird
import Synchronization

/// The router's routes, filled in once every route is registered, so that a request for a known
/// path with a method it does not take answers 405 with `Allow` rather than 404.
final class RouteTable: Sendable {
    private let templates = Mutex<[(method: String, segments: [Substring])]>([])

    /// Records the routes of a fully built router.
    func record(_ routes: [Router<LumbarRequestContext>.RouteDescription]) {
        let entries = routes.map { route in
            (method: route.method.rawValue, segments: route.path.description.split(separator: "/"))
        }
        templates.withLock { $0 = entries }
    }

    /// The methods routes take at `path`, sorted; empty when no route has the path.
    func methods(at path: String) -> [String] {
        let segments = path.split(separator: "/")
        let matching = templates.withLock { entries in
            entries.filter { entry in
                entry.segments.count == segments.count
                    && zip(entry.segments, segments).allSatisfy { template, segment in
                        (template.first == "{" && template.last == "}") || template == segment
                    }
            }.map(\.method)
        }
        return Array(Set(matching)).sorted()
    }
}
