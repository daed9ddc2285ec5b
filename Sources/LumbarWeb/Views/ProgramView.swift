import Foundation
import LumbarCore
import LumbarStore

/// A program version as the program page and its print view show it: the program, the stored
/// version it is shown as (number, change, date, whether it is active) and the catalog that gives
/// each exercise its summary, cues and cautions. The labels are shared with the client page, so
/// every page words a change or a verdict the same way.
struct ProgramView {
    let program: Program
    let record: ProgramVersionRecord
    let catalog: Catalog

    /// The exercise's dose in words, with the weaker side's extra sets when it has one.
    func doseText(_ exercise: ProgramExercise) -> String {
        exercise.dose.text(side: exercise.side, weakSide: program.findings.weakSide)
    }

    /// The blocks in continuum order, without those that have no exercise: a program lists all five
    /// phases, and the pages show only those it has something for.
    var shownBlocks: [ProgramBlock] {
        program.blocks.filter { !$0.exercises.isEmpty }
    }

    var stageLabel: String {
        program.stage == .maintenance ? "Maintenance" : "Corrective"
    }

    /// How a version came about, as its history line says it.
    static func changeLabel(_ change: ProgramChange) -> String {
        switch change {
        case .planned: return "Planned from the assessment"
        case .edited: return "Edited by the trainer"
        case .progressed: return "Progressed from the logged sessions"
        case .activated: return "Activated"
        }
    }

    /// The progression engine's verdict on an exercise, in the past tense of what it did.
    static func verdictLabel(_ verdict: ProgressionNote.Verdict) -> String {
        switch verdict {
        case .progress: return "Progressed"
        case .hold: return "Held"
        case .regress: return "Eased off"
        }
    }

    /// What a spinal load the program keeps out means for the exercises, with examples.
    static func avoidText(_ direction: SpinalDirection) -> String {
        switch direction {
        case .flexion: return "Pain is worse bending forward: no loaded or end-range bending (knees to chest, sit-ups)."
        case .extension: return "Pain is worse arching back: no end-range arching (cobra, supermans)."
        }
    }
}
