import LumbarCore

/// Small pieces of markup that Swift code writes directly (the charts, their fallback tables), where
/// no template escapes for us.
enum Markup {
    /// `text` safe inside XML or HTML text and inside a double- or single-quoted attribute.
    static func escape(_ text: String) -> String { HTMLWriter.escape(text) }

    /// A coordinate with at most one decimal, always with a dot, so the SVG reads the same everywhere.
    static func number(_ value: Double) -> String {
        var out = ""
        appendNumber(value, to: &out)
        return out
    }

    /// `number(value)` appended to `out`, without building a string of its own.
    static func appendNumber(_ value: Double, to out: inout String) {
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10
        let fraction = abs(tenths % 10)
        if tenths < 0 && whole == 0 && fraction != 0 { out += "-" }
        out += String(whole)
        if fraction != 0 {
            out += "."
            out += String(fraction)
        }
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "20 Nov", or "20 Nov 2026" when `withYear`: short enough for an axis label, and the same in
    /// every locale.
    static func shortDate(_ date: CivilDate, withYear: Bool = false) -> String {
        let (year, month, day) = date.components
        return "\(day) \(months[month - 1])" + (withYear ? " \(year)" : "")
    }
}
