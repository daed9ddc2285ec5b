import LumbarApp
import LumbarCore

/// The program's blocks as the program page and the share page show them, written in Swift: each
/// exercise has a dozen fields, cues, cautions and, on the program page, two forms with a swap list,
/// and rendering them through the templates' per-field lookups and escaping took over half of each
/// page's time. The templates keep the page around them and take this unescaped
/// (`{{{blocksHTML}}}`); every value goes through `HTMLWriter.text`.
struct ProgramBlocksHTML {
    let view: ProgramView
    var program: Program { view.program }

    /// The program page's blocks: each exercise with its dose, latest decision, summary, cues,
    /// cautions and reasons; with `filters`, the forms that swap it or change its dose.
    func programPage(editing filters: ProgramFilters?, csrf: String) -> String {
        var out = HTMLWriter(capacity: 4096)
        // A swap's choices depend on the phase, not on the exercise swapped: one list per phase.
        var swapLists: [Phase: String] = [:]
        for block in program.blocks where !block.exercises.isEmpty {
            openSection(block.phase, heading: "h2", to: &out)
            for exercise in block.exercises {
                let entry = view.catalog[exercise.id]
                out.raw(#"<article class="exercise" id="ex-"#)
                out.text(exercise.id)
                out.raw(#""><h3>"#)
                out.text(exercise.name)
                out.raw(#"</h3><p><span class="dose">"#)
                out.text(view.doseText(exercise))
                out.raw("</span>")
                if let note = exercise.progression {
                    out.raw(#" · <span class="verdict "#)
                    out.text(note.decision.rawValue)
                    out.raw(#"">"#)
                    out.text(ProgramView.verdictLabel(note.decision))
                    out.raw("</span>: ")
                    out.text(note.reason)
                }
                out.raw(#"</p><p class="muted">"#)
                out.text(entry?.summary ?? "")
                out.raw(#"</p><ul class="cues">"#)
                for cue in entry?.cues ?? [] { out.listItem(cue) }
                out.raw("</ul>")
                for caution in entry?.cautions ?? [] {
                    out.raw(#"<p class="caution"><strong>Caution:</strong> "#)
                    out.text(caution)
                    out.raw("</p>")
                }
                out.raw(#"<p class="why"><strong>Why:</strong> "#)
                for reason in exercise.why {
                    out.text(reason)
                    out.raw(". ")
                }
                out.raw("</p>")
                if let filters, let entry {
                    let swaps = swapLists[block.phase] ?? swapOptions(block.phase, filters: filters)
                    swapLists[block.phase] = swaps
                    editForms(exercise, entry: entry, swapOptions: swaps, csrf: csrf, to: &out)
                }
                out.raw("</article>\n")
            }
            out.raw("</section>\n")
        }
        return out.html
    }

    /// The options of a swap list in the `phase` block: the catalog's exercises of that phase the
    /// program's filters allow.
    func swapOptions(_ phase: Phase, filters: ProgramFilters) -> String {
        var out = HTMLWriter()
        // Other phases never qualify; skipping them first spares wording a refusal for each.
        for option in view.catalog.exercises
        where option.phase == phase && filters.unsuitability(of: option, phase: phase) == nil {
            out.raw(#"<option value=""#)
            out.text(option.id)
            out.raw(#"">"#)
            out.text(option.name)
            out.raw("</option>")
        }
        return out.html
    }

    /// The two forms under an editable exercise: swap it for another of its phase, or change its
    /// dose within the catalog's range for it.
    func editForms(
        _ exercise: ProgramExercise, entry: Exercise, swapOptions: String, csrf: String, to out: inout HTMLWriter
    ) {
        let programID = view.record.programID.wire
        out.raw(#"<details class="no-print"><summary>Change this exercise</summary><div class="grid">"#)
        out.raw(#"<form method="post" action="/programs/"#)
        out.text(programID)
        out.raw(#"/swap" class="stack"><input type="hidden" name="_csrf" value=""#)
        out.text(csrf)
        out.raw(#""><input type="hidden" name="from" value=""#)
        out.text(exercise.id)
        out.raw(#""><div class="field"><label for="swap-"#)
        out.text(exercise.id)
        out.raw(#"">Swap for another exercise of this phase</label><select id="swap-"#)
        out.text(exercise.id)
        out.raw(#"" name="to" required><option value="">Choose…</option>"#)
        out.raw(swapOptions)
        out.raw(#"</select></div><button type="submit">Swap</button></form>"#)
        out.raw(#"<form method="post" action="/programs/"#)
        out.text(programID)
        out.raw(#"/dose" class="stack"><input type="hidden" name="_csrf" value=""#)
        out.text(csrf)
        out.raw(#""><input type="hidden" name="exercise" value=""#)
        out.text(exercise.id)
        out.raw(#""><div class="inline">"#)
        for figure in doseFigures(exercise.dose, range: entry.doseRange) {
            out.raw(#"<div class="field"><label for=""#)
            out.text(figure.key)
            out.raw("-")
            out.text(exercise.id)
            out.raw(#"">"#)
            out.text(figure.label)
            out.raw(" (")
            out.text(figure.range.lowerBound)
            out.raw("–")
            out.text(figure.range.upperBound)
            out.raw(#")</label><input id=""#)
            out.text(figure.key)
            out.raw("-")
            out.text(exercise.id)
            out.raw(#"" name=""#)
            out.text(figure.key)
            out.raw(#"" type="number" inputmode="numeric" min=""#)
            out.text(figure.range.lowerBound)
            out.raw(#"" max=""#)
            out.text(figure.range.upperBound)
            out.raw(#"" value=""#)
            out.text(figure.value)
            out.raw(#"" required></div>"#)
        }
        out.raw(#"</div><button type="submit">Save dose</button></form></div></details>"#)
    }

    /// The dose figures a trainer may change, each with the range the catalog allows: sets always,
    /// and reps, hold or minutes when the exercise is dosed in them.
    func doseFigures(_ dose: ProgramDose, range: DoseRange) -> [(
        key: String, label: String, value: Int, range: ClosedRange<Int>
    )] {
        var figures = [(key: "sets", label: "Sets", value: dose.sets, range: range.sets)]
        if let reps = range.reps, let value = dose.reps {
            figures.append((key: "reps", label: "Reps", value: value, range: reps))
        }
        if let hold = range.holdSeconds, let value = dose.holdSeconds {
            figures.append((key: "holdSeconds", label: "Hold (s)", value: value, range: hold))
        }
        if let minutes = range.minutes, let value = dose.minutes {
            figures.append((key: "minutes", label: "Minutes", value: value, range: minutes))
        }
        return figures
    }

    /// The share page's blocks: each exercise with its dose and summary, and its cues and cautions
    /// behind a "How to do it" disclosure.
    func sharePage() -> String {
        var out = HTMLWriter(capacity: 4096)
        for block in program.blocks where !block.exercises.isEmpty {
            openSection(block.phase, heading: "h3", to: &out)
            for exercise in block.exercises {
                let entry = view.catalog[exercise.id]
                out.raw(#"<div class="exercise" data-exercise=""#)
                out.text(exercise.id)
                out.raw(#""><h4>"#)
                out.text(exercise.name)
                out.raw(#"</h4><p class="dose">"#)
                out.text(view.doseText(exercise))
                out.raw("</p>")
                if let summary = entry?.summary, !summary.isEmpty {
                    out.raw("<p>")
                    out.text(summary)
                    out.raw("</p>")
                }
                out.raw(#"<details><summary>How to do it</summary><ul class="cues">"#)
                for cue in entry?.cues ?? [] { out.listItem(cue) }
                out.raw("</ul>")
                if let cautions = entry?.cautions, !cautions.isEmpty {
                    out.raw(#"<p><strong>Take care:</strong></p><ul class="cues">"#)
                    for caution in cautions { out.listItem(caution) }
                    out.raw("</ul>")
                }
                out.raw("</details></div>\n")
            }
            out.raw("</section>\n")
        }
        return out.html
    }
}

extension ProgramBlocksHTML {
    /// A block's `<section>` and its heading (`h2` or `h3`, by the page's outline), left open.
    func openSection(_ phase: Phase, heading: String, to out: inout HTMLWriter) {
        out.raw(#"<section class="card phase "#)
        out.text(phase.rawValue)
        out.raw(#"" aria-labelledby="block-"#)
        out.text(phase.rawValue)
        out.raw(#""><"# + heading + #" id="block-"#)
        out.text(phase.rawValue)
        out.raw(#"">"#)
        out.text(phase.title)
        out.raw("</" + heading + ">\n")
    }
}

extension HTMLWriter {
    /// `<li>` with `item` escaped inside.
    mutating func listItem(_ item: String) {
        raw("<li>")
        text(item)
        raw("</li>")
    }
}
