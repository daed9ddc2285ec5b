import LumbarCore

/// Sessions done against sessions planned, one bar pair per week, as an inline SVG drawn on the
/// server (same size, axes and text as `PainChart`). The planned bar is an outline and the done bar
/// is filled inside it, so a short week shows as an empty band without relying on colour; each
/// week is also labelled "done/planned".
struct AdherenceChart {
    /// Oldest first.
    let weeks: [Week]
    let title: String

    static let width = PainChart.width
    static let height = 224.0
    /// The top leaves room for the axis title above the "done/planned" labels over the tallest bars.
    static let plot = (left: 30.0, right: 392.0, top: 42.0, bottom: 192.0)
    /// At most this many week labels under the bars, so they never overlap.
    static let maxWeekLabels = 6

    typealias Week = (start: CivilDate, done: Int, planned: Int)

    var node: Node {
        let summary = Self.summary(weeks)
        let top = max(weeks.map { max($0.done, $0.planned) }.max() ?? 0, 1)
        return .svg(
            width: Self.width, height: Self.height, .class("chart adherence-chart"), .role("img"),
            .aria("label", title + ". " + summary)
        ) {
            Node.title(title)
            Node.desc(summary)
            Self.grid(top: top)
            if weeks.isEmpty {
                Node.svgText(
                    .class("empty"), .number("x", Self.width / 2), .number("y", (Self.plot.top + Self.plot.bottom) / 2),
                    .textAnchor("middle")
                ) { "No weeks to show yet" }
            } else {
                bars(top: top)
            }
        }
    }

    /// Per week the planned outline, the done bar with its tooltip, "done/planned" over them when
    /// there is room, and every `labelEvery`-th week's date under the axis.
    @NodeBuilder private func bars(top: Int) -> [Node] {
        let slot = (Self.plot.right - Self.plot.left) / Double(weeks.count)
        let barWidth = max(2, min(36, slot * 0.7))
        let labelEvery = max(1, Int((Double(weeks.count) / Double(Self.maxWeekLabels)).rounded(.up)))
        let withYear = weeks.first?.start.components.year != weeks.last?.start.components.year
        for (index, week) in weeks.enumerated() {
            let center = Self.plot.left + slot * (Double(index) + 0.5)
            let x = center - barWidth / 2
            if week.planned > 0 {
                let y = Self.y(week.planned, top: top)
                Node.rect(
                    .class("planned"), .number("x", x), .number("y", y), .number("width", barWidth),
                    .number("height", Self.plot.bottom - y))
            }
            let doneY = Self.y(week.done, top: top)
            Node.rect(
                .class("bar"), .number("x", x), .number("y", doneY), .number("width", barWidth),
                .number("height", Self.plot.bottom - doneY)
            ) {
                Node.title(
                    "Week of \(PageDate.short(week.start, withYear: true)): \(week.done) of \(week.planned) planned")
            }
            if barWidth >= 14 {
                Node.svgText(
                    .class("value"), .number("x", center),
                    .number("y", Self.y(max(week.done, week.planned), top: top) - 4), .textAnchor("middle")
                ) { "\(week.done)/\(week.planned)" }
            }
            if index % labelEvery == 0 {
                Node.svgText(.number("x", center), .number("y", Self.plot.bottom + 19), .textAnchor("middle")) {
                    PageDate.short(week.start, withYear: withYear)
                }
            }
        }
    }

    /// The totals and the latest week, in words.
    static func summary(_ weeks: [Week]) -> String {
        guard let first = weeks.first, let last = weeks.last else { return "No weeks to show yet." }
        let done = weeks.map(\.done).reduce(0, +)
        let planned = weeks.map(\.planned).reduce(0, +)
        let span =
            weeks.count == 1
            ? "1 week, starting \(PageDate.short(first.start, withYear: true))"
            : "\(weeks.count) weeks from \(PageDate.short(first.start, withYear: true))"
        return "\(span): \(done) of \(planned) planned sessions done. "
            + "Latest week, starting \(PageDate.short(last.start, withYear: true)): \(last.done) of \(last.planned)."
    }

    static func y(_ count: Int, top: Int) -> Double {
        plot.bottom - Double(min(count, top)) / Double(top) * (plot.bottom - plot.top)
    }

    /// Whole-number gridlines: every session up to 7, then every other, and so on, at most 8 lines.
    static func grid(top: Int) -> Node {
        let step = max(1, Int((Double(top) / 7).rounded(.up)))
        return .g(.class("axes")) {
            for count in stride(from: 0, through: top, by: step) {
                let lineY = y(count, top: top)
                Node.line(x1: plot.left, y1: lineY, x2: plot.right, y2: lineY, .class(count == 0 ? "axis" : "grid"))
                Node.svgText(.number("x", plot.left - 8), .number("y", lineY + 4), .textAnchor("end")) { "\(count)" }
            }
            Node.svgText(.class("axis-title"), .number("x", 4), .number("y", 14)) {
                "Sessions a week (filled: done, outline: planned)"
            }
        }
    }
}
