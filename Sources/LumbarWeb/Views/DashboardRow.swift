import LumbarCore

/// One client's row of the dashboard table, written straight to HTML by `html(_:)`.
///
/// The rows used to be a template section; swift-mustache looks every `{{name}}` up through the
/// context stack with dynamic casts, which for 60 rows of a dozen values was a good part of the
/// page's time. Every value is escaped as the template escaped it (`Markup.escape`: the same five
/// characters as swift-mustache). Each cell carries its column's name (`data-label`) for the phone
/// layout, where the rows become cards, and ARIA roles that keep it a table to screen readers.
/// Escaping is applied to every value, even those built here (ids, dates, links), so no future
/// change to what a row holds can open a hole.
struct DashboardRow {
    var id: String
    var name: String
    /// The badge's class: the client's status, or "alert".
    var badge: String
    var badgeLabel: String
    /// The alerts, as the badge's tooltip; nil without one.
    var alertText: String?
    var lastPain: String
    var trend: ClientOverview.Trend?
    var adherence: String
    var lastSession: String
    var action: String
    var actionLink: String
    var hasAlert: Bool
    /// Safety stops and alerts first: emergency 0, alert 1, referred 2, the rest 3.
    var rank: Int

    /// The rows as the table body's lines.
    static func html(_ rows: [DashboardRow]) -> String {
        var out = ""
        out.reserveCapacity(rows.count * 700)
        for row in rows { row.write(to: &out) }
        return out
    }

    func write(to out: inout String) {
        out += "  <tr role=\"row\" data-client=\""
        Self.escape(id, to: &out)
        out += "\">\n    <th scope=\"row\" role=\"rowheader\"><a href=\"/clients/"
        Self.escape(id, to: &out)
        out += "\">"
        Self.escape(name, to: &out)
        out += "</a></th>\n    <td role=\"cell\" data-label=\"Status\"><span class=\"badge "
        Self.escape(badge, to: &out)
        out += "\" "
        if let alertText, !alertText.isEmpty {
            out += "title=\""
            Self.escape(alertText, to: &out)
            out += "\""
        }
        out += ">"
        Self.escape(badgeLabel, to: &out)
        out += "</span></td>\n    <td role=\"cell\" data-label=\"Last pain\" class=\"last-pain\">"
        Self.escape(lastPain, to: &out)
        out += "</td>\n    <td role=\"cell\" data-label=\"Trend\" class=\"trend-cell\">"
        if let trend {
            let (arrow, style) = Self.arrow(trend)
            out += "<span class=\"trend \(style)\" aria-hidden=\"true\">\(arrow)</span> <span>\(trend.rawValue)</span>"
        } else {
            out += "—"
        }
        out += "</td>\n    <td role=\"cell\" data-label=\"Last 7 days\" class=\"adherence\">"
        Self.escape(adherence, to: &out)
        out += "</td>\n    <td role=\"cell\" data-label=\"Last session\" class=\"last-session hide-small\">"
        Self.escape(lastSession, to: &out)
        out += "</td>\n    <td role=\"cell\" data-label=\"Next\"><a href=\""
        Self.escape(actionLink, to: &out)
        out += "\">"
        Self.escape(action, to: &out)
        out += "</a></td>\n  </tr>\n"
    }

    /// Appends `text` escaped, through the shared `HTMLWriter` rule.
    static func escape(_ text: String, to out: inout String) {
        HTMLWriter.appendEscaped(text, to: &out)
    }

    /// The trend's arrow and its class; the label is the trend's name ("falling").
    static func arrow(_ trend: ClientOverview.Trend) -> (String, String) {
        switch trend {
        case .falling: return ("↓", "down")
        case .rising: return ("↑", "up")
        case .steady: return ("→", "steady")
        }
    }
}
