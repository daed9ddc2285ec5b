import LumbarApp
import LumbarCore

/// Pain before, after and the next morning, session by session: an SVG drawn on the server and
/// put inline in the page, so it needs no script and prints. Each series has its own marker shape
/// as well as its colour (`.before`, `.after`, `.morning` in app.css), so it reads without colour
/// too; the accessible name carries a summary, and `table` gives the same numbers as text.
enum PainChart {
    /// The drawing area: a 400 × 228 view box that scales to the width of its container. Narrow on
    /// purpose: on a 360 px phone it shrinks little, so its 13-unit text stays readable.
    static let width = 400.0
    static let height = 228.0
    static let plot = (left: 30.0, right: 392.0, top: 46.0, bottom: 196.0)
    /// At most this many date labels, so they never overlap.
    static let maxDateLabels = 5

    enum Series: CaseIterable {
        case before, after, morning

        var className: String {
            switch self {
            case .before: "before"
            case .after: "after"
            case .morning: "morning"
            }
        }

        var label: String {
            switch self {
            case .before: "Before"
            case .after: "After"
            case .morning: "Next morning"
            }
        }

        func value(_ session: SessionPain) -> Int? {
            switch self {
            case .before: session.painBefore
            case .after: session.painAfter
            case .morning: session.painNextMorning
            }
        }
    }

    /// The chart of `sessions` (in any order; drawn by date) under `title`.
    static func svg(_ sessions: [SessionPain], title: String) -> String {
        let sessions = byDate(sessions, \.date)
        let summary = Self.summary(sessions)
        let label = Markup.escape(title + ". " + summary)
        var svg =
            #"<svg xmlns="http://www.w3.org/2000/svg" class="chart pain-chart" viewBox="0 0 \#(Int(width)) \#(Int(height))" role="img" aria-label="\#(label)">"#
        svg += "<title>\(Markup.escape(title))</title>"
        svg += "<desc>\(Markup.escape(summary))</desc>"
        svg += grid()
        svg += legend()
        guard !sessions.isEmpty else {
            let middle = Markup.number((plot.top + plot.bottom) / 2)
            svg += #"<text class="empty" x="\#(Markup.number(width / 2))" y="\#(middle)" text-anchor="middle">"#
            svg += "No sessions logged yet</text></svg>"
            return svg
        }
        let xs = positions(sessions)
        svg += dateLabels(sessions)
        for series in Series.allCases {
            let points = sessions.indices.compactMap { index in
                series.value(sessions[index]).map { (x: xs[index], y: y($0), session: sessions[index], value: $0) }
            }
            guard !points.isEmpty else { continue }
            // Appended piece by piece: a year of sessions is some 450 points, each with its tooltip.
            if points.count > 1 {
                svg += #"<polyline class="line \#(series.className)" points=""#
                for (index, point) in points.enumerated() {
                    if index > 0 { svg += " " }
                    Markup.appendNumber(point.x, to: &svg)
                    svg += ","
                    Markup.appendNumber(point.y, to: &svg)
                }
                svg += series == .morning ? #"" stroke-dasharray="5 4"/>"# : #""/>"#
            }
            let label = series.label.lowercased()
            for point in points {
                let tip =
                    Markup.shortDate(point.session.date, withYear: true) + ": " + label + " " + String(point.value)
                marker(series, x: point.x, y: point.y, tip: tip, to: &svg)
            }
        }
        return svg + "</svg>"
    }

    /// The same numbers as a table, newest session first, for screen readers and for anyone who
    /// prefers figures to a drawing.
    static func table(_ sessions: [HistoryEntry], caption: String) -> String {
        var html = HTMLWriter(capacity: 512 + sessions.count * 110)
        html.raw(#"<div class="table-wrap"><table class="pain-table"><caption>"#)
        html.text(caption)
        html.raw("</caption>")
        html.raw(#"<thead><tr><th scope="col">Date</th><th scope="col">Before</th><th scope="col">After</th>"#)
        html.raw(#"<th scope="col">Next morning</th><th scope="col">Exercises done</th></tr></thead><tbody>"#)
        for session in byDate(sessions, \.date).reversed() {
            html.raw(#"<tr><th scope="row">"#)
            html.text(session.date.description)
            html.raw("</th><td>")
            html.text(session.pain.painBefore)
            html.raw("</td><td>")
            html.text(session.pain.painAfter)
            html.raw("</td><td>")
            html.text(session.pain.painNextMorning.map(String.init) ?? "–")
            html.raw("</td><td>")
            html.text(session.exercisesDone)
            html.raw("</td></tr>")
        }
        if sessions.isEmpty { html.raw(#"<tr><td colspan="5">No sessions logged yet.</td></tr>"#) }
        html.raw("</tbody></table></div>")
        return html.html
    }

    /// One sentence per series: how many sessions, over which days, and where each series started and is now.
    static func summary(_ sessions: [SessionPain]) -> String {
        let sessions = byDate(sessions, \.date)
        guard let first = sessions.first, let last = sessions.last else { return "No sessions logged yet." }
        var parts = [
            sessions.count == 1
                ? "1 session on \(Markup.shortDate(first.date, withYear: true))."
                : "\(sessions.count) sessions from \(Markup.shortDate(first.date, withYear: true)) to "
                    + "\(Markup.shortDate(last.date, withYear: true))."
        ]
        for series in Series.allCases {
            let values = sessions.compactMap(series.value)
            guard let start = values.first, let now = values.last else {
                parts.append("\(series.label) pain: not recorded yet.")
                continue
            }
            let what = "\(series.label) pain"
            parts.append(
                values.count == 1
                    ? "\(what): \(start) out of 10."
                    : "\(what): \(start) at first, \(now) most recently, out of 10 (\(values.count) sessions).")
        }
        return parts.joined(separator: " ")
    }

    // MARK: - Drawing

    /// By date; sessions of one day keep the order they were logged in.
    static func byDate<Session>(_ sessions: [Session], _ date: KeyPath<Session, CivilDate>) -> [Session] {
        sessions.enumerated().sorted { ($0.element[keyPath: date], $0.offset) < ($1.element[keyPath: date], $1.offset) }
            .map(\.element)
    }

    static func y(_ pain: Int) -> Double {
        plot.bottom - Double(pain) / 10 * (plot.bottom - plot.top)
    }

    /// The x of each session: proportional to its date, so gaps in training show as gaps; sessions
    /// of the same day sit side by side around that day.
    static func positions(_ sessions: [SessionPain]) -> [Double] {
        let inset = 12.0
        let left = plot.left + inset
        let usable = plot.right - inset - left
        guard let first = sessions.first?.date, let last = sessions.last?.date else { return [] }
        let span = Double(last.days(since: first))
        let perDay = span == 0 ? usable : usable / span
        var counts: [CivilDate: Int] = [:]
        for session in sessions { counts[session.date, default: 0] += 1 }
        var seen: [CivilDate: Int] = [:]
        return sessions.map { session in
            let count = counts[session.date] ?? 1
            let rank = seen[session.date, default: 0]
            seen[session.date] = rank + 1
            let center = span == 0 ? left + usable / 2 : left + Double(session.date.days(since: first)) * perDay
            let step = min(10, max(perDay, 4) * 0.8 / Double(count))
            return center + (Double(rank) - Double(count - 1) / 2) * step
        }
    }

    static func grid() -> String {
        var svg = #"<g class="axes">"#
        for pain in stride(from: 0, through: 10, by: 2) {
            let lineY = Markup.number(y(pain))
            let lineClass = pain == 0 ? "axis" : "grid"
            svg +=
                #"<line class="\#(lineClass)" x1="\#(Markup.number(plot.left))" y1="\#(lineY)" x2="\#(Markup.number(plot.right))" y2="\#(lineY)"/>"#
            svg +=
                #"<text x="\#(Markup.number(plot.left - 8))" y="\#(Markup.number(self.y(pain) + 4))" text-anchor="end">\#(pain)</text>"#
        }
        let left = Markup.number(plot.left)
        svg +=
            #"<line class="axis" x1="\#(left)" y1="\#(Markup.number(plot.top))" x2="\#(left)" y2="\#(Markup.number(plot.bottom))"/>"#
        svg += #"<text class="axis-title" x="4" y="\#(Markup.number(plot.top - 10))">Pain (0–10)</text>"#
        return svg + "</g>"
    }

    static func legend() -> String {
        var svg = #"<g class="chart-legend">"#
        var x = 4.0
        for series in Series.allCases {
            let dash = series == .morning ? #" stroke-dasharray="5 4""# : ""
            svg +=
                #"<line class="line \#(series.className)" x1="\#(Markup.number(x))" y1="12" x2="\#(Markup.number(x + 24))" y2="12"\#(dash)/>"#
            marker(series, x: x + 12, y: 12, tip: nil, to: &svg)
            svg += #"<text x="\#(Markup.number(x + 29))" y="16">\#(series.label)</text>"#
            // Room for the label: about 7 units a character at the chart's text size.
            x += 29 + Double(series.label.count) * 7 + 16
        }
        return svg + "</g>"
    }

    /// A circle before, a square after and a diamond for the next morning, appended to `svg`.
    static func marker(_ series: Series, x: Double, y: Double, tip: String?, to svg: inout String) {
        let kind = tip == nil ? "key" : "point"
        func title() {
            guard let tip else { return }
            svg += "<title>"
            HTMLWriter.appendEscaped(tip, to: &svg)
            svg += "</title>"
        }
        switch series {
        case .before:
            svg += #"<circle class="\#(kind) before" cx=""#
            Markup.appendNumber(x, to: &svg)
            svg += #"" cy=""#
            Markup.appendNumber(y, to: &svg)
            svg += #"" r="4.5">"#
            title()
            svg += "</circle>"
        case .after:
            svg += #"<rect class="\#(kind) after" x=""#
            Markup.appendNumber(x - 4, to: &svg)
            svg += #"" y=""#
            Markup.appendNumber(y - 4, to: &svg)
            svg += #"" width="8" height="8">"#
            title()
            svg += "</rect>"
        case .morning:
            svg += #"<polygon class="\#(kind) morning" points=""#
            for (index, corner) in [(x, y - 5.5), (x + 5.5, y), (x, y + 5.5), (x - 5.5, y)].enumerated() {
                if index > 0 { svg += " " }
                Markup.appendNumber(corner.0, to: &svg)
                svg += ","
                Markup.appendNumber(corner.1, to: &svg)
            }
            svg += #"">"#
            title()
            svg += "</polygon>"
        }
    }

    /// Up to `maxDateLabels` dates under the axis: every session day when there are few, otherwise
    /// days evenly spread from the first to the last; then only those with room for their text, the
    /// first and the last always (they sit at the two ends).
    static func dateLabels(_ sessions: [SessionPain]) -> String {
        guard let first = sessions.first?.date, let last = sessions.last?.date else { return "" }
        let withYear = first.components.year != last.components.year
        var days: [CivilDate] = []
        for date in sessions.map(\.date) where days.last != date { days.append(date) }
        if days.count > maxDateLabels {
            let span = last.days(since: first)
            days = (0..<maxDateLabels).map { first.adding(days: span * $0 / (maxDateLabels - 1)) }
        }
        let inset = 12.0
        let left = plot.left + inset
        let usable = plot.right - inset - left
        let span = Double(last.days(since: first))
        let xs = days.map { span == 0 ? left + usable / 2 : left + Double($0.days(since: first)) / span * usable }
        // About 7 units a character at the chart's text size. A label is centred on its day, or
        // starts or ends there at the two ends, so neighbours need one and a half labels between them,
        // counted on the longest label: "4 Dec" is shorter than the "23 Nov" it must clear.
        let longest = days.map { Markup.shortDate($0, withYear: withYear).count }.max() ?? 0
        let gap = 1.5 * Double(longest) * 7 + 6
        var kept: [Int] = []
        for index in days.indices {
            let isEnd = index == 0 || index == days.count - 1
            let roomBefore = kept.last.map { xs[index] - xs[$0] >= gap } ?? true
            let roomAfter = xs[days.count - 1] - xs[index] >= gap
            if isEnd || (roomBefore && roomAfter) { kept.append(index) }
        }
        var svg = #"<g class="dates">"#
        for index in kept {
            let x = xs[index]
            let anchor = x < plot.left + 30 ? "start" : x > plot.right - 30 ? "end" : "middle"
            svg +=
                #"<line class="axis" x1="\#(Markup.number(x))" y1="\#(Markup.number(plot.bottom))" x2="\#(Markup.number(x))" y2="\#(Markup.number(plot.bottom + 5))"/>"#
            svg +=
                #"<text x="\#(Markup.number(x))" y="\#(Markup.number(plot.bottom + 19))" text-anchor="\#(anchor)">\#(Markup.escape(Markup.shortDate(days[index], withYear: withYear)))</text>"#
        }
        return svg + "</g>"
    }
}
