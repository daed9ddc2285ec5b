import LumbarCore
import Synchronization

/// The catalog page's exercise list, written once per filter. The catalog is part of the build, so
/// a list never goes stale; only the list is kept, never a whole page, because the page around it
/// carries the visitor's CSRF token and signed-in name. Bounded: the least recently used filter
/// makes room once `capacity` are kept, as free-text searches are unbounded.
final class CatalogListCache: Sendable {
    struct Filter: Hashable, Sendable {
        var phase: Phase?
        var muscle: Muscle?
        var position: Position?
        var equipment: Equipment?
        var text: String?
    }

    struct List: Sendable {
        let count: Int
        let html: String
    }

    let capacity: Int
    private let state = Mutex(State())

    private struct State {
        var lists: [Filter: List] = [:]
        /// Least recently used first.
        var order: [Filter] = []

        mutating func touch(_ filter: Filter) {
            if let index = order.firstIndex(of: filter) {
                order.remove(at: index)
                order.append(filter)
            }
        }
    }

    init(capacity: Int = 48) {
        self.capacity = capacity
    }

    /// The list for `filter`, made by `make` when it is not kept yet.
    func list(for filter: Filter, make: () -> List) -> List {
        if let kept = state.withLock({ state -> List? in
            guard let kept = state.lists[filter] else { return nil }
            state.touch(filter)
            return kept
        }) {
            return kept
        }
        // Written outside the lock: two requests may both write a new list, and the second simply
        // replaces an identical one.
        let made = make()
        state.withLock { state in
            if state.lists.updateValue(made, forKey: filter) == nil {
                state.order.append(filter)
                if state.order.count > capacity { state.lists[state.order.removeFirst()] = nil }
            } else {
                state.touch(filter)
            }
        }
        return made
    }

    /// How many lists are kept, for the tests.
    var count: Int { state.withLock { $0.lists.count } }
}
