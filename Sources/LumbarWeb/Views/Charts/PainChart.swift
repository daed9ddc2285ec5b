import LumbarCore

/// Pain before, after and the next morning, session by session: an SVG drawn on the server and
/// put inline in the page, so it needs no script and prints. Each series has its own marker shape
/// as well as its colour (`.before`, `.after`, `.morning` in app.css), so it reads without colour
/// too; the accessible name carries a summary of the same numbers.
struct PainChart {
    /// By date; sessions of one day keep the order they were logged in.
    let sessions: [SessionPain]
    let title: String

    init(_ sessions: [SessionPain], title: String) {
        self.sessions = Self.byDate(sessions, \.date)
        self.title = title
    }

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

    var node: Node {
        let summary = Self.summary(sessions)
        return .svg(
            width: Self.width, height: Self.height, .class("chart pain-chart"), .role("img"),
            .aria("label", title + ". " + summary)
        ) {
            Node.title(title)
            Node.desc(summary)
            Self.grid
            Self.legend
            if sessions.isEmpty {
                Node.svgText(
                    .class("empty"), .number("x", Self.width / 2), .number("y", (Self.plot.top + Self.plot.bottom) / 2),
                    .textAnchor("middle")
                ) { "No sessions logged yet" }
            } else {
                Self.dateLabels(sessions)
                series
            }
        }
    }

    /// Each series' line and its points, every point with its date and value as a tooltip.
    @NodeBuilder private var series: [Node] {
        let xs = Self.positions(sessions)
        for series in Series.allCases {
            let points = sessions.indices.compactMap { index in
                series.value(sessions[index]).map {
                    (x: xs[index], y: Self.y($0), date: sessions[index].date, value: $0)
                }
            }
            if points.count > 1 {
                Node.polyline(
                    .class("line \(series.className)"), .points(points.map { ($0.x, $0.y) }),
                    series == .morning ? .strokeDasharray("5 4") : nil)
            }
            let label = series.label.lowercased()
            for point in points {
                Self.marker(
                    series, x: point.x, y: point.y,
                    tip: PageDate.short(point.date, withYear: true) + ": " + label + " " + String(point.value))
            }
        }
    }

    /// One sentence per series: how many sessions, over which days, and where each series started and is now.
    static func summary(_ sessions: [SessionPain]) -> String {
        let sessions = byDate(sessions, \.date)
        guard let first = sessions.first, let last = sessions.last else { return "No sessions logged yet." }
        var parts = [
            sessions.count == 1
                ? "1 session on \(PageDate.short(first.date, withYear: true))."
                : "\(sessions.count) sessions from \(PageDate.short(first.date, withYear: true)) to "
                    + "\(PageDate.short(last.date, withYear: true))."
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

    static var grid: Node {
        .g(.class("axes")) {
            for pain in stride(from: 0, through: 10, by: 2) {
                Node.line(x1: plot.left, y1: y(pain), x2: plot.right, y2: y(pain), .class(pain == 0 ? "axis" : "grid"))
                Node.svgText(.number("x", plot.left - 8), .number("y", y(pain) + 4), .textAnchor("end")) { "\(pain)" }
            }
            Node.line(x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom, .class("axis"))
            Node.svgText(.class("axis-title"), .number("x", 4), .number("y", plot.top - 10)) { "Pain (0–10)" }
        }
    }

    static var legend: Node {
        // Each key's x: room for the one before it, about 7 units a character at the chart's text size.
        var x = 4.0
        var keys: [(series: Series, x: Double)] = []
        for series in Series.allCases {
            keys.append((series, x))
            x += 29 + Double(series.label.count) * 7 + 16
        }
        return .g(.class("chart-legend")) {
            for (series, x) in keys {
                Node.line(
                    x1: x, y1: 12, x2: x + 24, y2: 12, .class("line \(series.className)"),
                    series == .morning ? .strokeDasharray("5 4") : nil)
                marker(series, x: x + 12, y: 12, tip: nil)
                Node.svgText(.number("x", x + 29), .number("y", 16)) { series.label }
            }
        }
    }

    /// A circle before, a square after and a diamond for the next morning; a point carries its
    /// tooltip, the legend's key none.
    static func marker(_ series: Series, x: Double, y: Double, tip: String?) -> Node {
        let kind: Attribute = .class("\(tip == nil ? "key" : "point") \(series.className)")
        let title: [Node] = tip.map { [Node.title($0)] } ?? []
        switch series {
        case .before:
            return .circle(kind, .number("cx", x), .number("cy", y), .number("r", 4.5)) { title }
        case .after:
            return .rect(kind, .number("x", x - 4), .number("y", y - 4), .number("width", 8), .number("height", 8)) {
                title
            }
        case .morning:
            return .polygon(kind, .points([(x, y - 5.5), (x + 5.5, y), (x, y + 5.5), (x - 5.5, y)])) { title }
        }
    }

    /// Up to `maxDateLabels` dates under the axis: every session day when there are few, otherwise
    /// days evenly spread from the first to the last; then only those with room for their text, the
    /// first and the last always (they sit at the two ends).
    static func dateLabels(_ sessions: [SessionPain]) -> Node {
        guard let first = sessions.first?.date, let last = sessions.last?.date else { return .fragment([]) }
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
        let longest = days.map { PageDate.short($0, withYear: withYear).count }.max() ?? 0
        let gap = 1.5 * Double(longest) * 7 + 6
        var kept: [Int] = []
        for index in days.indices {
            let isEnd = index == 0 || index == days.count - 1
            let roomBefore = kept.last.map { xs[index] - xs[$0] >= gap } ?? true
            let roomAfter = xs[days.count - 1] - xs[index] >= gap
            if isEnd || (roomBefore && roomAfter) { kept.append(index) }
        }
        return .g(.class("dates")) {
            for index in kept {
                let x = xs[index]
                Node.line(x1: x, y1: plot.bottom, x2: x, y2: plot.bottom + 5, .class("axis"))
                Node.svgText(
                    .number("x", x), .number("y", plot.bottom + 19),
                    .textAnchor(x < plot.left + 30 ? "start" : x > plot.right - 30 ? "end" : "middle")
                ) { PageDate.short(days[index], withYear: withYear) }
            }
        }
    }
}
