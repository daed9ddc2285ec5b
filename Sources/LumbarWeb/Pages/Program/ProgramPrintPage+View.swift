import LumbarCore

/// How the printable program shows its model: a print button and the way back (neither printed),
/// the client's instructions, the findings, the blocks with each exercise's dose and cues, the
/// cautions and which version this is.
extension ProgramPrintPage {
    @NodeBuilder var content: [Node] {
        let program = view.program
        Node.div(.class("actions no-print")) {
            // print.js opens the print dialog: the page's CSP forbids an inline handler.
            Node.button(.type("button"), .class("primary"), .id("print-button")) { "Print" }
            Node.a(.href("/programs/\(view.record.programID.wire)")) { "Back to the program" }
        }
        Node.h1 { "\(clientName): your back program" }
        Node.p {
            "\(program.schedule.daysPerWeek) days a week, about \(program.estimatedMinutes) minutes. "
                + "Do the blocks in this order: roll, stretch, strengthen, then whole movements. Stop any exercise "
                + "that hurts more than 5 out of 10, and tell your trainer if pain is worse the next morning."
        }
        view.findingsSection
        if !leftOut.isEmpty {
            Node.p(.id("left-out")) {
                Node.strong { "Left out for now: " }
                leftOut.joined(separator: ", ")
                    + ". It hurt too much even at its easiest; your trainer will look at it again."
            }
        }
        for block in view.shownBlocks {
            Node.section(.class("card phase \(block.phase.rawValue)")) {
                Node.h2 { block.phase.title }
                for exercise in block.exercises { item(exercise) }
            }
        }
        if !program.cautions.isEmpty {
            Node.h2 { "Take care" }
            Node.ul {
                for caution in program.cautions { Node.li { caution } }
            }
        }
        Node.p(.class("muted")) { "Version \(view.record.version), \(PageDate.dateTime(view.record.createdAt))." }
    }

    /// An exercise as the client does it: name, dose and cues.
    func item(_ exercise: ProgramExercise) -> Node {
        .div(.class("exercise")) {
            Node.h3 {
                "\(exercise.name) — "
                Node.span(.class("dose")) { view.doseText(exercise) }
            }
            Node.ul(.class("cues")) {
                for cue in view.catalog[exercise.id]?.cues ?? [] { Node.li { cue } }
            }
        }
    }
}
