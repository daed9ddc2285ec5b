import Foundation
import LumbarCore
import LumbarStore

/// A program version as the program page, its print view and the share page show it: findings
/// in plain words, blocks in continuum order with doses, cues, cautions and the reasons.
struct ProgramView {
    let program: Program
    let record: ProgramVersionRecord
    let catalog: Catalog

    /// The version's figures, findings, cautions and alerts. The blocks are separate: the program
    /// and share pages write theirs in Swift (`ProgramBlocksHTML`), the others take `blockValues`.
    func values() -> [String: Any] {
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
            // What the program does with tight muscles: "rolled" only when it rolls anything.
            "overactiveTreatment": program.rolls ? "rolled and stretched first" : "stretched first",
        ]
        values["hasFindings"] =
            !findings.overactive.isEmpty || !findings.underactive.isEmpty || findings.weakSide != nil
            || findings.instability || !findings.avoid.isEmpty
        if let adherence = program.adherence {
            values["adherence"] = "\(adherence.done) of \(adherence.scheduled) planned sessions done"
        }
        return values
    }

    /// The blocks in continuum order, each exercise with its name, dose and cues, for the templates
    /// that list them briefly (the client page's summary, the print view).
    func blockValues() -> [[String: Any]] {
        program.blocks.filter { !$0.exercises.isEmpty }.map { block -> [String: Any] in
            [
                "phase": block.phase.rawValue, "title": block.phase.title,
                "exercises": block.exercises.map { exercise -> [String: Any] in
                    [
                        "id": exercise.id, "name": exercise.name, "dose": doseText(exercise),
                        "cues": catalog[exercise.id]?.cues ?? [],
                    ]
                },
            ]
        }
    }

    /// The exercise's dose in words, with the weaker side's extra sets when it has one.
    func doseText(_ exercise: ProgramExercise) -> String {
        exercise.dose.text(side: exercise.side, weakSide: program.findings.weakSide)
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
