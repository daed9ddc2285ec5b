import Foundation
import LumbarCore
import LumbarStore

/// A program version as the program page, its print view and the share page show it: findings
/// in plain words, blocks in continuum order with doses, cues, cautions and the reasons.
struct ProgramView {
    let program: Program
    let record: ProgramVersionRecord
    let catalog: Catalog

    /// The blocks with their exercises; `editing` adds each exercise's swap choices and dose ranges.
    func values(editing filters: ProgramFilters? = nil) -> [String: Any] {
        let findings = program.findings
        var values: [String: Any] = [
            "programId": record.programID.wire, "version": record.version, "active": record.active,
            "change": ProgramView.changeLabel(record.change), "createdAt": PageDate.dateTime(record.createdAt),
            "stage": program.stage == .maintenance ? "Maintenance" : "Corrective",
            "maintenance": program.stage == .maintenance,
            "daysPerWeek": program.schedule.daysPerWeek, "minutesPerSession": program.schedule.minutesPerSession,
            "estimatedMinutes": program.estimatedMinutes,
            "overactive": TemplateValue.text(findings.overactive.map(\.displayName).joined(separator: ", ")),
            "underactive": TemplateValue.text(findings.underactive.map(\.displayName).joined(separator: ", ")),
            "weakSide": TemplateValue.text(findings.weakSide?.rawValue),
            "instability": findings.instability,
            "avoid": findings.avoid.map { ProgramView.avoidText($0) },
            "cautions": program.cautions, "hasCautions": !program.cautions.isEmpty,
            "alerts": program.alerts ?? [], "hasAlerts": !(program.alerts ?? []).isEmpty,
            "reasons": program.reasons,
        ]
        values["hasFindings"] =
            !findings.overactive.isEmpty || !findings.underactive.isEmpty || findings.weakSide != nil
            || findings.instability || !findings.avoid.isEmpty
        values["blocks"] = program.blocks.filter { !$0.exercises.isEmpty }.map { block -> [String: Any] in
            [
                "phase": block.phase.rawValue, "title": block.phase.title,
                "exercises": block.exercises.map { exercise(of: block.phase, $0, filters: filters) },
            ]
        }
        if let adherence = program.adherence {
            values["adherence"] = "\(adherence.done) of \(adherence.scheduled) planned sessions done"
        }
        return values
    }

    func exercise(of phase: Phase, _ exercise: ProgramExercise, filters: ProgramFilters?) -> [String: Any] {
        let entry = catalog[exercise.id]
        var values: [String: Any] = [
            "id": exercise.id, "name": exercise.name,
            "dose": exercise.dose.text(side: exercise.side, weakSide: program.findings.weakSide),
            "why": exercise.why, "summary": TemplateValue.text(entry?.summary), "cues": entry?.cues ?? [],
            "cautions": entry?.cautions ?? [],
        ]
        if let note = exercise.progression {
            values["progression"] = [
                "decision": note.decision.rawValue, "decisionLabel": ProgramView.verdictLabel(note.decision),
                "reason": note.reason,
            ]
        }
        guard let filters, let entry else { return values }
        // Written here, not by the template: a program's swap lists hold hundreds of options.
        var swaps = HTMLWriter()
        // Other phases never qualify; skipping them first spares wording a refusal for each.
        for option in catalog.exercises
        where option.phase == phase && filters.unsuitability(of: option, phase: phase) == nil {
            swaps.raw(#"<option value=""#)
            swaps.text(option.id)
            swaps.raw(#"">"#)
            swaps.text(option.name)
            swaps.raw("</option>")
        }
        values["swapOptions"] = swaps.html
        let range = entry.doseRange
        let dose = exercise.dose
        var figures: [[String: Any]] = [
            [
                "key": "sets", "label": "Sets", "value": dose.sets, "min": range.sets.lowerBound,
                "max": range.sets.upperBound,
            ]
        ]
        if let reps = range.reps, let value = dose.reps {
            figures.append([
                "key": "reps", "label": "Reps", "value": value, "min": reps.lowerBound, "max": reps.upperBound,
            ])
        }
        if let hold = range.holdSeconds, let value = dose.holdSeconds {
            figures.append([
                "key": "holdSeconds", "label": "Hold (s)", "value": value, "min": hold.lowerBound,
                "max": hold.upperBound,
            ])
        }
        if let minutes = range.minutes, let value = dose.minutes {
            figures.append([
                "key": "minutes", "label": "Minutes", "value": value, "min": minutes.lowerBound,
                "max": minutes.upperBound,
            ])
        }
        values["figures"] = figures
        return values
    }

    static func changeLabel(_ change: ProgramChange) -> String {
        switch change {
        case .planned: return "Planned from the assessment"
        case .edited: return "Edited by the trainer"
        case .progressed: return "Progressed from the logged sessions"
        case .activated: return "Activated"
        }
    }

    static func verdictLabel(_ verdict: ProgressionNote.Verdict) -> String {
        switch verdict {
        case .progress: return "Progressed"
        case .hold: return "Held"
        case .regress: return "Eased off"
        }
    }

    static func avoidText(_ direction: SpinalDirection) -> String {
        switch direction {
        case .flexion: return "Pain is worse bending forward: no loaded or end-range bending (knees to chest, sit-ups)."
        case .extension: return "Pain is worse arching back: no end-range arching (cobra, supermans)."
        }
    }
}

/// Dates as pages print them (UTC, which the server keeps; good enough for a log's day).
enum PageDate {
    static func dateTime(_ date: Date) -> String {
        let style = Date.FormatStyle(date: .abbreviated, time: .shortened, timeZone: TimeZone(identifier: "UTC")!)
        return date.formatted(style) + " UTC"
    }
}
