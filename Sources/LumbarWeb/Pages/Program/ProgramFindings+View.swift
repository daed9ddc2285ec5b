import LumbarCore

/// What the assessment found, in plain words, as both the program page and its print view show it
/// above the blocks: the trainer checks it, and the client reads why the program is what it is.
extension ProgramView {
    /// Whether the assessment found anything the findings card would list; without, it is left out.
    var hasFindings: Bool {
        let findings = program.findings
        return !findings.overactive.isEmpty || !findings.underactive.isEmpty || findings.weakSide != nil
            || findings.instability || !findings.avoid.isEmpty
    }

    /// The findings card, or nothing when the assessment found nothing to list.
    @NodeBuilder var findingsSection: [Node] {
        if hasFindings {
            Node.section(.class("card"), .aria("labelledby", "findings-h")) {
                Node.h2(.id("findings-h")) { "What the assessment found" }
                Node.ul { findingItems }
            }
        }
    }

    @NodeBuilder private var findingItems: [Node] {
        let findings = program.findings
        // What the program does with tight muscles: "rolled" only when it rolls anything.
        let treatment = program.rolls ? "rolled and stretched first" : "stretched first"
        if !findings.overactive.isEmpty {
            Node.li {
                Node.strong { "Tight or overactive" }
                " (\(treatment)): \(Self.names(findings.overactive))"
            }
        }
        if !findings.underactive.isEmpty {
            Node.li {
                Node.strong { "Weak or underactive" }
                " (strengthened): \(Self.names(findings.underactive))"
            }
        }
        if let weakSide = findings.weakSide {
            Node.li {
                Node.strong { "Weaker side:" }
                " the \(weakSide.rawValue); one-sided exercises give it extra sets."
            }
        }
        if findings.instability {
            Node.li {
                Node.strong { "Unstable low back:" }
                " control work, and no stretching of the low back itself."
            }
        }
        for direction in findings.avoid {
            Node.li { Self.avoidText(direction) }
        }
    }

    private static func names(_ muscles: [Muscle]) -> String {
        muscles.map(\.displayName).joined(separator: ", ")
    }
}
