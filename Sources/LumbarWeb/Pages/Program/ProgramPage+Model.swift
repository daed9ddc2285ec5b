import Foundation
import LumbarApp
import LumbarCore
import LumbarStore

/// What the program page shows: one version of a client's program (the newest unless another was
/// asked for) with its figures, findings, blocks and cautions, where it stands among the versions,
/// and, when it is the newest and the program goes ahead, what each exercise may be swapped for
/// and the range each dose figure may take.
struct ProgramPage {
    /// One line of the version history.
    struct Version {
        let number: Int
        let change: ProgramChange
        let createdAt: Date
        let active: Bool
        /// Whether this is the version the page shows.
        let current: Bool
    }

    /// A dose figure the trainer may change, with the range the catalog allows for it.
    struct DoseFigure {
        /// The form field's name, which the dose route reads.
        let key: String
        let label: String
        let value: Int
        let range: ClosedRange<Int>
    }

    let clientID: String
    let clientName: String
    /// The version shown.
    let view: ProgramView
    /// Whether the version shown is the newest; only the newest can be edited.
    let isLatest: Bool
    /// Right after the assessment built the program: the page says it is ready.
    let isNew: Bool
    /// Why an edit was refused, or why an older version stands in for a damaged one.
    let problem: String?
    /// Every version, newest first.
    let versions: [Version]
    /// When the version can be edited, the exercises a swap may bring into each block (by phase, in
    /// catalog order); nil when it cannot.
    let swapChoices: [Phase: [Exercise]]?

    /// `filters` are the program's swap rules, given only when the version can be edited.
    init(
        clientID: String, clientName: String, view: ProgramView, versions: [ProgramVersionRecord], isLatest: Bool,
        editing filters: ProgramFilters?, isNew: Bool, problem: String?
    ) {
        self.clientID = clientID
        self.clientName = clientName
        self.view = view
        self.isLatest = isLatest
        self.isNew = isNew
        self.problem = problem
        self.versions = versions.reversed().map { version in
            Version(
                number: version.version, change: version.change, createdAt: version.createdAt,
                active: version.active, current: version.version == view.record.version)
        }
        // A swap's choices depend on the phase, not on the exercise swapped: one list per block.
        swapChoices = filters.map { filters in
            var choices: [Phase: [Exercise]] = [:]
            for block in view.shownBlocks {
                let phase = block.phase
                // Other phases never qualify; skipping them first spares wording a refusal for each.
                choices[phase] = view.catalog.exercises.filter { option in
                    option.phase == phase && filters.unsuitability(of: option, phase: phase) == nil
                }
            }
            return choices
        }
    }

    /// An older version can be made active again; the active one cannot.
    var canActivate: Bool { !view.record.active }

    /// The dose figures a trainer may change, each with the range the catalog allows: sets always,
    /// and reps, hold or minutes when the exercise is dosed in them.
    static func doseFigures(_ dose: ProgramDose, range: DoseRange) -> [DoseFigure] {
        var figures = [DoseFigure(key: "sets", label: "Sets", value: dose.sets, range: range.sets)]
        if let reps = range.reps, let value = dose.reps {
            figures.append(DoseFigure(key: "reps", label: "Reps", value: value, range: reps))
        }
        if let hold = range.holdSeconds, let value = dose.holdSeconds {
            figures.append(DoseFigure(key: "holdSeconds", label: "Hold (s)", value: value, range: hold))
        }
        if let minutes = range.minutes, let value = dose.minutes {
            figures.append(DoseFigure(key: "minutes", label: "Minutes", value: value, range: minutes))
        }
        return figures
    }
}
