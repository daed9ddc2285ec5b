import LumbarCore

/// What the catalog page shows: the filters as chosen, every choice of each, and the exercises
/// that match, in catalog order.
struct CatalogPage {
    /// One choice of a filter's list.
    struct Choice {
        let value: String
        let label: String
        let selected: Bool
    }

    struct Filter: Equatable {
        var phase: Phase?
        var muscle: Muscle?
        var position: Position?
        var equipment: Equipment?
        var text: String?
    }

    let filter: Filter
    let phases: [Choice]
    let muscles: [Choice]
    let positions: [Choice]
    let equipment: [Choice]
    let exercises: [Exercise]
    let total: Int
    /// For the names of each exercise's easier and harder neighbours.
    let catalog: Catalog

    init(_ catalog: Catalog, filter: Filter) {
        self.filter = filter
        self.catalog = catalog
        total = catalog.exercises.count
        exercises = catalog.filtered(phase: filter.phase, muscle: filter.muscle, search: filter.text).filter {
            exercise in
            (filter.position.map { exercise.position == $0 } ?? true)
                && (filter.equipment.map { exercise.equipment.contains($0) } ?? true)
        }
        func choices<T: RawRepresentable & CaseIterable & Equatable>(_ selected: T?, _ label: (T) -> String)
            -> [Choice] where T.RawValue == String
        {
            T.allCases.map { Choice(value: $0.rawValue, label: label($0), selected: $0 == selected) }
        }
        phases = choices(filter.phase) { $0.title }
        muscles = choices(filter.muscle) { $0.displayName.capitalizedFirst }
        positions = choices(filter.position, AssessmentWords.position)
        equipment = choices(filter.equipment, AssessmentWords.equipment)
    }
}
