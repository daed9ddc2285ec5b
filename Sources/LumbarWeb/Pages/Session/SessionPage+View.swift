extension SessionPage {
    @NodeBuilder func content() -> [Node] {
        let path = "/clients/\(clientID)/sessions/\(sessionID)"
        Node.breadcrumb([("Clients", "/dashboard"), (clientName, "/clients/\(clientID)")], here: "Session")
        Node.h1 { "Session of \(PageDate.short(date, withYear: true))" }
        Node.p {
            "Pain before \(painBefore)/10, after \(painAfter)/10, the next morning "
                + (painNextMorning.map { "\($0)/10" } ?? "not given yet") + ". Stop line for this session: "
                + "above \(stopLine)/10."
        }
        if let notes, !notes.isEmpty {
            Node.div(.class("notice"), .id("session-notes")) {
                Node.h2 { "Notes" }
                Node.p { notes }
            }
        }
        Node.div(.class("table-wrap")) {
            Node.table(.id("session-exercises")) {
                Node.caption(.class("muted")) { "Each exercise as it was logged" }
                Node.thead {
                    Node.tr {
                        Node.th(.scope("col")) { "Exercise" }
                        Node.th(.scope("col")) { "Done" }
                        Node.th(.scope("col")) { "Pain during" }
                        Node.th(.scope("col")) { "Form" }
                    }
                }
                Node.tbody {
                    for line in lines {
                        Node.tr(line.skipped ? .class("skipped") : nil) {
                            Node.th(.scope("row")) { line.name }
                            if line.skipped {
                                Node.td(.colspan(3)) { "Skipped" }
                            } else {
                                Node.td { line.done }
                                Node.td(line.overStopLine ? .class("over-limit") : nil) {
                                    "\(line.painDuring)/10"
                                    if line.overStopLine { " (above the stop line)" }
                                }
                                Node.td { line.formOk ? "Good" : "Slipped" }
                            }
                        }
                    }
                }
            }
        }
        Node.p(.class("actions")) {
            Node.a(.class("button"), .href(path + "/edit"), .id("correct-session")) { "Correct or delete" }
            Node.a(.class("button"), .href("/clients/\(clientID)")) { "Back to \(clientName)" }
        }
    }
}
