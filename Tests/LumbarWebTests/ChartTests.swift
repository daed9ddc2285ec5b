import Foundation
import LumbarApp
import LumbarCore
import Testing

@testable import LumbarWeb

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a chart back with Foundation's XML parser: it must be well-formed, and the test counts its
/// elements by class.
final class SVGReader: NSObject, XMLParserDelegate {
    private(set) var classes: [String] = []
    private(set) var elements: [String] = []
    private(set) var rootAttributes: [String: String] = [:]
    private(set) var titles: [String] = []
    private var inTitle = false
    private var text = ""

    static func read(_ svg: String) throws -> SVGReader {
        let reader = SVGReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        guard parser.parse() else {
            throw SVGError(
                description: "not well-formed XML: \(parser.parserError.map(String.init(describing:)) ?? "?")")
        }
        return reader
    }

    struct SVGError: Error, CustomStringConvertible { let description: String }

    func count(_ className: String) -> Int {
        let wanted = Set(className.split(separator: " "))
        return classes.filter { wanted.isSubset(of: Set($0.split(separator: " "))) }.count
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if elements.isEmpty { rootAttributes = attributes }
        elements.append(name)
        if let value = attributes["class"] { classes.append(value) }
        if name == "title" {
            inTitle = true
            text = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inTitle { text += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title" {
            titles.append(text)
            inTitle = false
        }
    }
}

@Suite struct PainChartTests {
    func session(_ date: String, _ before: Int, _ after: Int, _ morning: Int?) -> SessionPain {
        SessionPain(
            date: CivilDate(date)!, painBefore: before, painAfter: after, painNextMorning: morning,
            highestPainDuring: nil)
    }

    @Test func drawsOnePointPerValueAndALinePerSeries() throws {
        let sessions = [
            session("2026-11-20", 4, 3, 3), session("2026-11-18", 5, 5, nil), session("2026-11-22", 3, 2, nil),
            session("2026-11-22", 2, 2, 1),
        ]
        let svg = PainChart.svg(sessions, title: "Your pain")
        let chart = try SVGReader.read(svg)
        #expect(chart.elements.first == "svg")
        #expect(chart.rootAttributes["role"] == "img")
        #expect(chart.count("point before") == 4)
        #expect(chart.count("point after") == 4)
        #expect(chart.count("point morning") == 2)
        #expect(chart.count("line before") == 2)  // the legend's sample and the series
        #expect(chart.count("line morning") == 2)
        // Axes, gridlines 0–10 and date labels are there.
        #expect(chart.count("axis") >= 2 && chart.count("grid") == 5)
        #expect(svg.contains(">18 Nov<") && svg.contains(">22 Nov<"))
        #expect(chart.titles.first == "Your pain")
        let label = try #require(chart.rootAttributes["aria-label"])
        #expect(label.contains("4 sessions from 18 Nov 2026 to 22 Nov 2026"))
        #expect(label.contains("Before pain: 5 at first, 2 most recently"))
        #expect(label.contains("Next morning pain: 3 at first, 1 most recently"))
    }

    @Test func pointsSitAtTheirPainAndInDateOrder() throws {
        let svg = PainChart.svg([session("2026-11-25", 10, 0, nil), session("2026-11-20", 0, 10, nil)], title: "t")
        // Pain 10 is the top of the plot, 0 its bottom; the later session is further right.
        let top = Attribute.number(PainChart.plot.top)
        let bottom = Attribute.number(PainChart.plot.bottom)
        let befores = svg.components(separatedBy: #"<circle class="point before" cx=""#).dropFirst()
            .map { $0.prefix { $0 != "\"" } }.compactMap { Double($0) }
        #expect(befores.count == 2 && befores[0] < befores[1])
        #expect(svg.contains(#"cy="\#(bottom)" r="4.5"><title>20 Nov 2026: before 0"#))
        #expect(svg.contains(#"cy="\#(top)" r="4.5"><title>25 Nov 2026: before 10"#))
    }

    @Test func escapesTheTitleAndStaysWellFormedWhenEmpty() throws {
        let title = #"Dana's <pain> & "history""#
        let svg = PainChart.svg([], title: title)
        let chart = try SVGReader.read(svg)
        #expect(chart.titles.first == title)
        #expect(!svg.contains("<pain>"))
        #expect(chart.count("point") == 0)
        #expect(svg.contains("No sessions logged yet"))
        #expect(chart.rootAttributes["aria-label"]?.hasPrefix(title) == true)
    }

    @Test func aLongLogKeepsItsDateLabelsFew() throws {
        let start = CivilDate("2025-12-01")!
        let sessions = (0..<120).map { day in
            SessionPain(
                date: start.adding(days: day * 3), painBefore: day % 11, painAfter: (day + 3) % 11,
                painNextMorning: day % 2 == 0 ? day % 7 : nil, highestPainDuring: nil)
        }
        let svg = PainChart.svg(sessions, title: "A year")
        let chart = try SVGReader.read(svg)
        #expect(chart.count("point before") == 120)
        #expect(chart.count("point morning") == 60)
        // Gridline numbers, legend, axis title, and no more than `maxDateLabels` dates.
        #expect(chart.elements.filter { $0 == "text" }.count <= 6 + 3 + 1 + PainChart.maxDateLabels)
        // Spans two years, so the labels carry the year.
        #expect(svg.contains(">1 Dec 2025<"))
    }

    /// The x of each date label and its text, from the chart's `dates` group.
    func dateLabels(_ svg: String) throws -> [(x: Double, text: String)] {
        let group = try #require(svg.components(separatedBy: #"<g class="dates">"#).last)
        return group.components(separatedBy: "<text x=\"").dropFirst().map { piece in
            let x = Double(piece.prefix { $0 != "\"" })!
            let text = piece.split(separator: ">", maxSplits: 1)[1].prefix { $0 != "<" }
            return (x, String(text))
        }
    }

    @Test func dateLabelsNeverCrowdEachOther() throws {
        // Three days in a row, then one two months later: the middle two have no room.
        let uneven = ["2026-01-05", "2026-01-06", "2026-01-07", "2026-03-05"].map { session($0, 3, 2, nil) }
        let labels = try dateLabels(PainChart.svg(uneven, title: "t"))
        #expect(labels.map(\.text) == ["5 Jan", "5 Mar"])

        // Six sessions over eleven days, ending on a short label: "23 Nov" and "25 Nov" once
        // overlapped because the room was measured on "4 Dec".
        let fortnight = ["2026-11-23", "2026-11-25", "2026-11-27", "2026-11-30", "2026-12-02", "2026-12-04"]
        let crowded = try dateLabels(PainChart.svg(fortnight.map { session($0, 3, 2, nil) }, title: "t"))
        for (left, right) in zip(crowded, crowded.dropFirst()) {
            let width = 7 * Double(max(left.text.count, right.text.count))
            #expect(right.x - left.x >= 1.5 * width, "\(left.text) and \(right.text) overlap")
        }

        // A year that spans two calendar years: longer labels ("27 Nov 2025"), so fewer of them.
        let start = CivilDate("2025-11-27")!
        let year = (0..<120).map { day in
            SessionPain(
                date: start.adding(days: day * 3), painBefore: 3, painAfter: 2, painNextMorning: nil,
                highestPainDuring: nil)
        }
        let spread = try dateLabels(PainChart.svg(year, title: "t"))
        #expect(spread.count >= 2 && spread.count <= 3)
        #expect(spread.first?.text == "27 Nov 2025")
        for (left, right) in zip(spread, spread.dropFirst()) {
            // One and a half labels of about 7 units a character between neighbours.
            #expect(right.x - left.x >= 1.5 * Double(left.text.count) * 7)
        }
    }
}

@Suite struct SVGNumberTests {
    @Test func coordinatesHaveAtMostOneDecimalAndADot() {
        let cases: [(Double, String)] = [
            (0, "0"), (196, "196"), (-1, "-1"), (12.34, "12.3"), (-12.36, "-12.4"), (0.25, "0.3"), (-0.06, "-0.1"),
            (-0.04, "0"), (7.96, "8"), (-7.96, "-8"), (4.5, "4.5"),
        ]
        for (value, text) in cases {
            #expect(Attribute.number(value) == text, "\(value)")
            #expect(Node.selfClosing("line", [.number("x", value)]).html == #"<line x="\#(text)"/>"#)
        }
    }
}

@Suite struct AdherenceChartTests {
    let monday = CivilDate("2026-11-02")!

    @Test func theValueLabelsStayBelowTheAxisTitle() throws {
        let svg = AdherenceChart.svg(weeks: [(monday, 5, 4), (monday.adding(days: 7), 2, 4)], title: "t")
        let title = try #require(svg.components(separatedBy: #"<text class="axis-title" x="4" y=""#).last)
        let titleBaseline = Double(title.prefix { $0 != "\"" })!
        let values = svg.components(separatedBy: #"<text class="value" x=""#).dropFirst().map { piece in
            Double(piece.components(separatedBy: #"y=""#)[1].prefix { $0 != "\"" })!
        }
        #expect(values.count == 2)
        // Text about 13 units high: each value's top must clear the title's baseline.
        for baseline in values { #expect(baseline - 13 >= titleBaseline) }
    }

    @Test func drawsABarPerWeekWithThePlanBehindIt() throws {
        let weeks: [AdherenceChart.Week] = [
            (monday, 3, 4), (monday.adding(days: 7), 4, 4), (monday.adding(days: 14), 0, 4),
            (monday.adding(days: 21), 5, 4),
        ]
        let svg = AdherenceChart.svg(weeks: weeks, title: "Sessions per week")
        let chart = try SVGReader.read(svg)
        #expect(chart.count("bar") == 4)
        #expect(chart.count("planned") == 4)
        #expect(svg.contains(">3/4<") && svg.contains(">0/4<") && svg.contains(">5/4<"))
        #expect(svg.contains(">2 Nov<") && svg.contains(">23 Nov<"))
        let label = try #require(chart.rootAttributes["aria-label"])
        #expect(label.contains("4 weeks from 2 Nov 2026: 12 of 16 planned sessions done"))
        #expect(label.contains("Latest week, starting 23 Nov 2026: 5 of 4"))
    }

    @Test func escapesAndCopesWithNothingOrManyWeeks() throws {
        let empty = AdherenceChart.svg(weeks: [], title: "<b>&</b>")
        let chart = try SVGReader.read(empty)
        #expect(chart.titles.first == "<b>&</b>")
        #expect(chart.count("bar") == 0)

        let year = (0..<52).map { (start: monday.adding(days: $0 * 7), done: $0 % 5, planned: 3) }
        let long = try SVGReader.read(AdherenceChart.svg(weeks: year, title: "A year"))
        #expect(long.count("bar") == 52)
        // Week labels are thinned: 52 bars, at most 6 labels, plus the gridline numbers and the title.
        #expect(long.elements.filter { $0 == "text" }.count <= AdherenceChart.maxWeekLabels + 8)
    }
}

/// The charts as the page writes them.
extension PainChart {
    static func svg(_ sessions: [SessionPain], title: String) -> String { PainChart(sessions, title: title).node.html }
}

extension AdherenceChart {
    static func svg(weeks: [Week], title: String) -> String { AdherenceChart(weeks: weeks, title: title).node.html }
}
