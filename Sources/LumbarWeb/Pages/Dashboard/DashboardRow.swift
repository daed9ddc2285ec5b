import LumbarCore

/// One client's row of the dashboard table: what it shows. Its view (`node`) labels each cell
/// with its column's name (`data-label`) for the phone layout, where the rows become cards, and
/// gives ARIA roles that keep it a table to screen readers.
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

    var node: Node {
        .tr(.role("row"), .data("client", id)) {
            Node.th(.scope("row"), .role("rowheader")) { Node.a(.href("/clients/\(id)")) { name } }
            Node.td(.role("cell"), .data("label", "Status")) {
                Node.span(.class("badge \(badge)"), alertText.flatMap { $0.isEmpty ? nil : .title($0) }) { badgeLabel }
            }
            Node.td(.role("cell"), .data("label", "Last pain"), .class("last-pain")) { lastPain }
            Node.td(.role("cell"), .data("label", "Trend"), .class("trend-cell")) {
                if let trend {
                    let (arrow, style) = Self.arrow(trend)
                    Node.span(.class("trend \(style)"), .aria("hidden", "true")) { arrow }
                    " "
                    Node.span { trend.rawValue }
                } else {
                    "—"
                }
            }
            Node.td(.role("cell"), .data("label", "Last 7 days"), .class("adherence")) { adherence }
            Node.td(.role("cell"), .data("label", "Last session"), .class("last-session hide-small")) { lastSession }
            Node.td(.role("cell"), .data("label", "Next")) { Node.a(.href(actionLink)) { action } }
        }
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
