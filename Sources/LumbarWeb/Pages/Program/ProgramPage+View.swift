import LumbarCore
import LumbarStore

/// How the program page shows its model: where it sits under the client, the version's notices,
/// figures and actions, the alerts, findings and cautions, one section per block with each exercise (and,
/// when the version can be edited, its swap and dose forms), and the version history.
extension ProgramPage {
    var program: Program { view.program }
    var record: ProgramVersionRecord { view.record }
    var programID: String { view.record.programID.wire }

    /// The page's content; `csrf` is the token its forms carry.
    @NodeBuilder func content(csrf: String) -> [Node] {
        Node.breadcrumb([(clientName, "/clients/\(clientID)")], here: "Program")
        Node.h1 { "\(clientName)'s program" }
        notices
        summary
        actions(csrf: csrf)
        alerts
        view.findingsSection
        // Read before the exercises: the first may be the doctor's own limits.
        if !program.cautions.isEmpty {
            Node.section(.class("card"), .aria("labelledby", "cautions-h")) {
                Node.h2(.id("cautions-h")) { "Cautions" }
                Node.ul {
                    for caution in program.cautions { Node.li { caution } }
                }
            }
        }
        for block in view.shownBlocks {
            Self.phaseSection(block.phase) {
                for exercise in block.exercises {
                    article(exercise, phase: block.phase, csrf: csrf)
                }
            }
        }
        history
    }

    /// That the program is ready (right after it was built), and why an edit was refused.
    @NodeBuilder var notices: [Node] {
        if isNew {
            Node.div(.class("notice ok"), .role("status")) {
                Node.p {
                    "The program is ready. Read it through, adjust what you need, then share it with \(clientName) "
                        + "from their page."
                }
            }
        }
        if let problem {
            Node.div(.class("notice stop"), .role("alert"), .id("problem"), .tabindex(-1)) {
                Node.h2 { "That change was not made" }
                Node.p { problem }
            }
        }
    }

    /// The version's number, change, date and state, and the program's stage, schedule and adherence.
    @NodeBuilder var summary: [Node] {
        Node.p {
            "Version \(record.version) · \(ProgramView.changeLabel(record.change)) · "
                + "\(PageDate.dateTime(record.createdAt)) "
            if record.active {
                Node.span(.class("badge active")) { "Active" }
            } else {
                Node.span(.class("badge archived")) { "Not active" }
            }
        }
        Node.p {
            Node.strong { "\(view.stageLabel) stage." }
            " \(program.schedule.daysPerWeek) days a week, about \(program.estimatedMinutes) of "
                + "\(program.schedule.minutesPerSession) minutes a session."
            if let adherence = program.adherence {
                " \(adherence.done) of \(adherence.scheduled) planned sessions done."
            }
        }
    }

    /// The print view, making this version the active one, and the way back to the newest.
    func actions(csrf: String) -> Node {
        .div(.class("actions")) {
            Node.a(.class("button"), .href("/programs/\(programID)/print")) { "Print view" }
            if canActivate {
                Node.form(.method("post"), .action("/programs/\(programID)/activate"), .class("inline-form")) {
                    Node.csrf(csrf)
                    Node.input(.type("hidden"), .name("version"), .value(record.version))
                    Node.button(.type("submit"), .class("primary")) { "Make version \(record.version) active" }
                }
            }
            if !isLatest {
                Node.a(.href("/programs/\(programID)")) { "See the newest version" }
            }
        }
    }

    /// The warnings the last progression saved with the version.
    @NodeBuilder var alerts: [Node] {
        if let alerts = program.alerts, !alerts.isEmpty {
            Node.div(.class("notice warn"), .role("alert")) {
                Node.h2 { "Alerts" }
                Node.ul {
                    for alert in alerts { Node.li { alert } }
                }
            }
        }
    }

    /// A block's section, labelled by its heading.
    static func phaseSection(_ phase: Phase, @NodeBuilder content: () -> [Node]) -> Node {
        .section(.class("card phase \(phase.rawValue)"), .aria("labelledby", "block-\(phase.rawValue)")) {
            Node.h2(.id("block-\(phase.rawValue)")) { phase.title }
            content()
        }
    }

    /// One exercise (its anchor `ex-<id>` is where an edit returns to) with its dose, the latest
    /// progression decision, summary, cues, cautions and reasons, and the forms that change it.
    func article(_ exercise: ProgramExercise, phase: Phase, csrf: String) -> Node {
        let entry = view.catalog[exercise.id]
        return .article(.class("exercise"), .id("ex-\(exercise.id)")) {
            Node.h3 { exercise.name }
            Node.p {
                Node.span(.class("dose")) { view.doseText(exercise) }
                if let note = exercise.progression {
                    " · "
                    Node.span(.class("verdict \(note.decision.rawValue)")) { ProgramView.verdictLabel(note.decision) }
                    ": \(note.reason)"
                }
            }
            Node.p(.class("muted")) { entry?.summary ?? "" }
            Node.ul(.class("cues")) {
                for cue in entry?.cues ?? [] { Node.li { cue } }
            }
            for caution in entry?.cautions ?? [] {
                Node.p(.class("caution")) {
                    Node.strong { "Caution:" }
                    " \(caution)"
                }
            }
            Node.p(.class("why")) {
                Node.strong { "Why:" }
                " "
                for reason in exercise.why { "\(reason). " }
            }
            if let entry, let choices = swapChoices?[phase] {
                editForms(exercise, entry: entry, choices: choices, csrf: csrf)
            }
        }
    }

    /// The two forms under an editable exercise: swap it for another of its phase, or change its
    /// dose within the catalog's range for it.
    func editForms(_ exercise: ProgramExercise, entry: Exercise, choices: [Exercise], csrf: String) -> Node {
        .details(.class("no-print")) {
            Node.summary { "Change this exercise" }
            Node.div(.class("grid")) {
                Node.form(.method("post"), .action("/programs/\(programID)/swap"), .class("stack")) {
                    Node.csrf(csrf)
                    Node.input(.type("hidden"), .name("from"), .value(exercise.id))
                    Node.div(.class("field")) {
                        Node.label(.for("swap-\(exercise.id)")) { "Swap for another exercise of this phase" }
                        Node.select(.id("swap-\(exercise.id)"), .name("to"), .required()) {
                            Node.option(.value("")) { "Choose…" }
                            for choice in choices {
                                Node.option(.value(choice.id)) { choice.name }
                            }
                        }
                    }
                    Node.button(.type("submit")) { "Swap" }
                }
                Node.form(.method("post"), .action("/programs/\(programID)/dose"), .class("stack")) {
                    Node.csrf(csrf)
                    Node.input(.type("hidden"), .name("exercise"), .value(exercise.id))
                    Node.div(.class("inline")) {
                        for figure in Self.doseFigures(exercise.dose, range: entry.doseRange) {
                            Self.doseField(figure, exerciseID: exercise.id)
                        }
                    }
                    Node.button(.type("submit")) { "Save dose" }
                }
            }
        }
    }

    /// A dose figure's number field, bounded by the catalog's range, which its label also states.
    static func doseField(_ figure: DoseFigure, exerciseID: String) -> Node {
        let id = "\(figure.key)-\(exerciseID)"
        let (low, high) = (figure.range.lowerBound, figure.range.upperBound)
        return .div(.class("field")) {
            Node.label(.for(id)) { "\(figure.label) (\(low)–\(high))" }
            Node.input(
                .id(id), .name(figure.key), .type("number"), .inputmode("numeric"), .min(low), .max(high),
                .value(figure.value), .required())
        }
    }

    /// Every version, newest first, each linked; the one shown in bold, the active one marked.
    var history: Node {
        .section(.class("card"), .aria("labelledby", "history-h")) {
            Node.h2(.id("history-h")) { "Versions" }
            Node.ol(.class("versions"), Attribute(name: "reversed", value: nil)) {
                for version in versions {
                    Node.li {
                        if version.current {
                            Node.strong { historyLine(version) }
                        } else {
                            historyLine(version)
                        }
                    }
                }
            }
        }
    }

    @NodeBuilder func historyLine(_ version: Version) -> [Node] {
        Node.a(.href("/programs/\(programID)?version=\(version.number)")) { "Version \(version.number)" }
        ": \(ProgramView.changeLabel(version.change)), \(PageDate.dateTime(version.createdAt))"
        if version.active {
            " "
            Node.span(.class("badge active")) { "Active" }
        }
    }
}
