import LumbarApp
import LumbarCore

/// The rows of the client page's session table, newest first. A year of history is 150-odd rows, too
/// many for the template's per-field lookups.
enum SessionHistoryRows {
    /// `sessions` oldest first, as the store returns them; each row ends with the links to correct
    /// and delete it (the delete form asks first, and carries `csrf`).
    static func html(_ sessions: ArraySlice<HistoryEntry>, clientID: String, csrf: String) -> String {
        var out = HTMLWriter(capacity: sessions.count * 560)
        for session in sessions.reversed() {
            let path = "/clients/" + clientID + "/sessions/" + session.id.wire
            // On a phone the actions column is hidden: the date opens the correction page, which
            // can also delete.
            out.raw(#"<tr><td><a href=""#)
            out.text(path)
            out.raw(#"/edit">"#)
            out.text(session.date.description)
            out.raw("</a></td><td>")
            out.text(session.pain.painBefore)
            out.raw("</td><td>")
            out.text(session.pain.painAfter)
            out.raw("</td><td>")
            out.text(session.pain.painNextMorning.map(String.init) ?? "—")
            out.raw("</td><td>")
            out.text(session.exercisesLogged)
            out.raw(#"</td><td class="hide-small">"#)
            out.text(session.notes ?? "")
            out.raw(#"</td><td class="row-actions hide-small"><a href=""#)
            out.text(path)
            out.raw(#"/edit">Correct<span class="visually-hidden"> the session of "#)
            out.text(session.date.description)
            out.raw(#"</span></a> <form method="post" action=""#)
            out.text(path)
            out.raw(#"/delete" class="inline-form" data-confirm="Delete the session of "#)
            out.text(session.date.description)
            out.raw(#"? This cannot be undone."><input type="hidden" name="_csrf" value=""#)
            out.text(csrf)
            out.raw(
                #""><button type="submit" class="link danger">Delete<span class="visually-hidden"> the session of "#)
            out.text(session.date.description)
            out.raw("</span></button></form></td></tr>")
        }
        return out.html
    }
}
