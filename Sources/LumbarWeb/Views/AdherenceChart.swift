import LumbarCore

/// Sessions done against sessions planned, one bar pair per week, as an inline SVG drawn on the
/// server (same size, axes and text as `PainChart`). The planned bar is an outline and the done bar
/// is filled inside it, so a short week shows as an empty band without relying on colour; each
/// week is also labelled "done/planned".
enum AdherenceChart {
    static let width = PainChart.width
    static let height = 224.0
    /// The top leaves room for the axis title above the "done/planned" labels over the tallest bars.
    static let plot = (left: 30.0, right: 392.0, top: 42.0, bottom: 192.0)
    /// At most this many week labels under the bars, so they never overlap.
    static let maxWeekLabels = 6

    typealias Week = (start: CivilDate, done: Int, planned: Int)

    /// The chart of `weeks` (drawn in the order given, oldest first expected) under `title`.
    static func svg(weeks: [Week], title: String) -> String {
        let summary = Self.summary(weeks)
        let label = Markup.escape(title + ". " + summary)
        var svg =
            #"<svg xmlns="http://www.w3.org/2000/svg" class="chart adherence-chart" viewBox="0 0 \#(Int(width)) \#(Int(height))" role="img" aria-label="\#(label)">"#
        svg += "<title>\(Markup.escape(title))</title><desc>\(Markup.escape(summary))</desc>"
        let top = max(weeks.map { max($0.done, $0.planned) }.max() ?? 0, 1)
        svg += grid(top: top)
        guard !weeks.isEmpty else {
            let middle = Markup.number((plot.top + plot.bottom) / 2)
            svg += #"<text class="empty" x="\#(Markup.number(width / 2))" y="\#(middle)" text-anchor="middle">"#
            return svg + "No weeks to show yet</text></svg>"
        }
        let slot = (plot.right - plot.left) / Double(weeks.count)
        let barWidth = max(2, min(36, slot * 0.7))
        let labelEvery = max(1, Int((Double(weeks.count) / Double(maxWeekLabels)).rounded(.up)))
        let withYear = weeks.first!.start.components.year != weeks.last!.start.components.year
        for (index, week) in weeks.enumerated() {
            let center = plot.left + slot * (Double(index) + 0.5)
            let x = Markup.number(center - barWidth / 2)
            let tip = Markup.escape(
                "Week of \(Markup.shortDate(week.start, withYear: true)): \(week.done) of \(week.planned) planned")
            if week.planned > 0 {
                let y = self.y(week.planned, top: top)
                svg +=
                    #"<rect class="planned" x="\#(x)" y="\#(Markup.number(y))" width="\#(Markup.number(barWidth))" height="\#(Markup.number(plot.bottom - y))"/>"#
            }
            let doneY = self.y(week.done, top: top)
            svg +=
                #"<rect class="bar" x="\#(x)" y="\#(Markup.number(doneY))" width="\#(Markup.number(barWidth))" height="\#(Markup.number(plot.bottom - doneY))"><title>\#(tip)</title></rect>"#
            if barWidth >= 14 {
                let valueY = Markup.number(self.y(max(week.done, week.planned), top: top) - 4)
                svg +=
                    #"<text class="value" x="\#(Markup.number(center))" y="\#(valueY)" text-anchor="middle">\#(week.done)/\#(week.planned)</text>"#
            }
            if index % labelEvery == 0 {
                svg +=
                    #"<text x="\#(Markup.number(center))" y="\#(Markup.number(plot.bottom + 19))" text-anchor="middle">\#(Markup.escape(Markup.shortDate(week.start, withYear: withYear)))</text>"#
            }
        }
        return svg + "</svg>"
    }

    /// The totals and the latest week, in words.
    static func summary(_ weeks: [Week]) -> String {
        guard let first = weeks.first, let last = weeks.last else { return "No weeks to show yet." }
        let done = weeks.map(\.done).reduce(0, +)
        let planned = weeks.map(\.planned).reduce(0, +)
        let span =
            weeks.count == 1
            ? "1 week, starting \(Markup.shortDate(first.start, withYear: true))"
            : "\(weeks.count) weeks from \(Markup.shortDate(first.start, withYear: true))"
        return "\(span): \(done) of \(planned) planned sessions done. "
            + "Latest week, starting \(Markup.shortDate(last.start, withYear: true)): \(last.done) of \(last.planned)."
    }

    static func y(_ count: Int, top: Int) -> Double {
        plot.bottom - Double(min(count, top)) / Double(top) * (plot.bottom - plot.top)
    }

    /// Whole-number gridlines: every session up to 7, then every other, and so on, at most 8 lines.
    static func grid(top: Int) -> String {
        let step = max(1, Int((Double(top) / 7).rounded(.up)))
        var svg = #"<g class="axes">"#
        for count in stride(from: 0, through: top, by: step) {
            let lineY = Markup.number(y(count, top: top))
            svg +=
                #"<line class="\#(count == 0 ? "axis" : "grid")" x1="\#(Markup.number(plot.left))" y1="\#(lineY)" x2="\#(Markup.number(plot.right))" y2="\#(lineY)"/>"#
            svg +=
                #"<text x="\#(Markup.number(plot.left - 8))" y="\#(Markup.number(self.y(count, top: top) + 4))" text-anchor="end">\#(count)</text>"#
        }
        svg += #"<text class="axis-title" x="4" y="14">Sessions a week (filled: done, outline: planned)</text>"#
        return svg + "</g>"
    }
}
