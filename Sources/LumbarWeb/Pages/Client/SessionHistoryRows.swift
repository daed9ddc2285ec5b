import LumbarApp
import LumbarCore

/// The rows of the client page's session tables, newest first.
enum SessionHistoryRows {
    /// `sessions` oldest first, as the store returns them; each row ends with the links to correct
    /// and delete it (the delete form asks first, and carries `csrf`).
    @NodeBuilder static func rows(_ sessions: ArraySlice<HistoryEntry>, clientID: String, csrf: String) -> [Node] {
        for session in sessions.reversed() {
            let path = "/clients/\(clientID)/sessions/\(session.id.wire)"
            let date = session.date.description
            Node.tr {
                // The date opens what happened in the session, which links on to correct or delete
                // it (on a phone the actions column is hidden).
                Node.td { Node.a(.href(path)) { date } }
                Node.td { "\(session.pain.painBefore)" }
                Node.td { "\(session.pain.painAfter)" }
                Node.td { session.pain.painNextMorning.map(String.init) ?? "—" }
                Node.td { "\(session.exercisesLogged)" }
                Node.td(.class("hide-small")) { session.notes ?? "" }
                Node.td(.class("row-actions hide-small")) {
                    Node.a(.href(path + "/edit")) {
                        "Correct"
                        Node.span(.class("visually-hidden")) { " the session of \(date)" }
                    }
                    " "
                    Node.form(
                        .method("post"), .action(path + "/delete"), .class("inline-form"),
                        .data("confirm", "Delete the session of \(date)? This cannot be undone.")
                    ) {
                        Node.csrf(csrf)
                        Node.button(.type("submit"), .class("link danger")) {
                            "Delete"
                            Node.span(.class("visually-hidden")) { " the session of \(date)" }
                        }
                    }
                }
            }
        }
    }
}
