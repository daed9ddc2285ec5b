import LumbarCore

/// The rows of the client page's session table, newest first. A year of history is 150-odd rows, too
/// many for the template's per-field lookups.
enum SessionHistoryRows {
    /// `sessions` oldest first, as the store returns them.
    static func html(_ sessions: ArraySlice<HistoryEntry>) -> String {
        var out = HTMLWriter(capacity: sessions.count * 160)
        for session in sessions.reversed() {
            out.raw("<tr><td>")
            out.text(session.date.description)
            out.raw("</td><td>")
            out.text(session.pain.painBefore)
            out.raw("</td><td>")
            out.text(session.pain.painAfter)
            out.raw("</td><td>")
            out.text(session.pain.painNextMorning.map(String.init) ?? "—")
            out.raw("</td><td>")
            out.text(session.exercisesLogged)
            out.raw(#"</td><td class="hide-small">"#)
            out.text(session.notes ?? "")
            out.raw("</td></tr>")
        }
        return out.html
    }
}
