import LumbarCore

/// The catalog page's exercise articles: each exercise's phase, targets, position, equipment,
/// summary, usual dose and range, cues, cautions and its easier and harder neighbours.
enum CatalogEntries {
    static func html(_ exercises: [Exercise], catalog: Catalog) -> String {
        var out = HTMLWriter(capacity: exercises.count * 1_200)
        for exercise in exercises { write(exercise, catalog: catalog, to: &out) }
        return out.html
    }

    static func write(_ exercise: Exercise, catalog: Catalog, to out: inout HTMLWriter) {
        out.raw(#"<article class="card phase "#)
        out.text(exercise.phase.rawValue)
        out.raw(#"" id=""#)
        out.text(exercise.id)
        out.raw("\">\n  <h2>")
        out.text(exercise.name)
        out.raw("</h2>\n  <p class=\"muted\">")
        out.text(exercise.phase.title)
        out.raw(" · ")
        out.text(exercise.targets.map(\.displayName).joined(separator: ", "))
        out.raw(" · ")
        out.text(AssessmentWords.position(exercise.position))
        if !exercise.equipment.isEmpty {
            out.raw(" · ")
            out.text(exercise.equipment.map(AssessmentWords.equipment).joined(separator: ", "))
        }
        out.raw("</p>\n  <p>")
        out.text(exercise.summary)
        out.raw("</p>\n  <p><span class=\"dose\">Usual dose: ")
        out.text(ProgramDose(exercise.dose).text(side: .both, weakSide: nil))
        out.raw("</span> <span class=\"muted\">(range: ")
        out.text(ranges(exercise.doseRange))
        out.raw(")</span></p>\n  <ul class=\"cues\">")
        for cue in exercise.cues {
            out.raw("<li>")
            out.text(cue)
            out.raw("</li>")
        }
        out.raw("</ul>\n")
        for caution in exercise.cautions {
            out.raw("  <p class=\"caution\"><strong>Caution:</strong> ")
            out.text(caution)
            out.raw("</p>\n")
        }
        neighbour("Easier", exercise.regression, catalog: catalog, to: &out)
        neighbour("Harder", exercise.progression, catalog: catalog, to: &out)
        out.raw("</article>\n")
    }

    /// "sets 2–3, reps 8–12": the range a trainer may set the dose within.
    static func ranges(_ range: DoseRange) -> String {
        var ranges = ["sets \(range.sets.lowerBound)–\(range.sets.upperBound)"]
        if let reps = range.reps { ranges.append("reps \(reps.lowerBound)–\(reps.upperBound)") }
        if let hold = range.holdSeconds { ranges.append("hold \(hold.lowerBound)–\(hold.upperBound) s") }
        if let minutes = range.minutes { ranges.append("\(minutes.lowerBound)–\(minutes.upperBound) min") }
        return ranges.joined(separator: ", ")
    }

    static func neighbour(_ label: String, _ id: String?, catalog: Catalog, to out: inout HTMLWriter) {
        guard let id, let other = catalog[id], !other.name.isEmpty else { return }
        out.raw("  <p>\(label): <a href=\"/catalog#")
        out.text(id)
        out.raw("\">")
        out.text(other.name)
        out.raw("</a></p>\n")
    }
}
