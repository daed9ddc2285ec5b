import LumbarCore

/// How the catalog page shows its model: the filter form, the count, and one article per exercise
/// with its phase, targets, position, equipment, summary, usual dose and range, cues, cautions
/// and its easier and harder neighbours.
extension CatalogPage {
    @NodeBuilder var content: [Node] {
        Node.h1 { "Exercises" }
        Node.form(
            .method("get"), .action("/catalog"), .class("card"), .role("search"), .aria("label", "Filter exercises")
        ) {
            Node.div(.class("inline")) {
                Node.div(.class("field")) {
                    Node.label(.for("q")) { "Search" }
                    Node.input(.id("q"), .name("q"), .type("search"), .value(filter.text ?? ""), .maxlength(100))
                }
                Self.select("phase", "Phase", phases)
                Self.select("muscle", "Muscle", muscles)
                Self.select("position", "Position", positions)
                Self.select("equipment", "Equipment", equipment)
                Node.button(.type("submit")) { "Filter" }
            }
        }
        Node.p(.role("status")) {
            "\(exercises.count) of \(total) exercises. "
            Node.a(.href("/catalog")) { "Clear filters" }
        }
        for exercise in exercises { article(exercise) }
    }

    static func select(_ name: String, _ label: String, _ choices: [Choice]) -> Node {
        .div(.class("field")) {
            Node.label(.for(name)) { label }
            Node.select(.id(name), .name(name)) {
                Node.option(.value("")) { "Any" }
                for choice in choices {
                    Node.option(.value(choice.value), .selected(choice.selected)) { choice.label }
                }
            }
        }
    }

    func article(_ exercise: Exercise) -> Node {
        var facts = [exercise.phase.title, exercise.targets.map(\.displayName).joined(separator: ", ")]
        facts.append(AssessmentWords.position(exercise.position))
        if !exercise.equipment.isEmpty {
            facts.append(exercise.equipment.map(AssessmentWords.equipment).joined(separator: ", "))
        }
        return .article(.class("card phase \(exercise.phase.rawValue)"), .id(exercise.id)) {
            Node.h2 { exercise.name }
            Node.p(.class("muted")) { facts.joined(separator: " · ") }
            Node.p { exercise.summary }
            Node.p {
                Node.span(.class("dose")) {
                    "Usual dose: " + ProgramDose(exercise.dose).text(side: .both, weakSide: nil)
                }
                " "
                Node.span(.class("muted")) { "(range: \(Self.ranges(exercise.doseRange)))" }
            }
            Node.ul(.class("cues")) {
                for cue in exercise.cues { Node.li { cue } }
            }
            for caution in exercise.cautions {
                Node.p(.class("caution")) {
                    Node.strong { "Caution:" }
                    " \(caution)"
                }
            }
            neighbour("Easier", exercise.regression)
            neighbour("Harder", exercise.progression)
        }
    }

    /// "sets 2–3, reps 8–12": the range a trainer may set the dose within.
    static func ranges(_ range: DoseRange) -> String {
        var ranges = ["sets \(range.sets.lowerBound)–\(range.sets.upperBound)"]
        if let reps = range.reps { ranges.append("reps \(reps.lowerBound)–\(reps.upperBound)") }
        if let hold = range.holdSeconds { ranges.append("hold \(hold.lowerBound)–\(hold.upperBound) s") }
        if let minutes = range.minutes { ranges.append("\(minutes.lowerBound)–\(minutes.upperBound) min") }
        return ranges.joined(separator: ", ")
    }

    @NodeBuilder func neighbour(_ label: String, _ id: String?) -> [Node] {
        if let id, let other = catalog[id], !other.name.isEmpty {
            Node.p {
                "\(label): "
                Node.a(.href("/catalog#\(id)")) { other.name }
            }
        }
    }
}
