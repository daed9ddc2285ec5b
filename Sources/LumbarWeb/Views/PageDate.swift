import Foundation
import LumbarCore

/// Dates as pages print them (UTC, which the server keeps; good enough for a log's day).
enum PageDate {
    static func dateTime(_ date: Date) -> String {
        let style = Date.FormatStyle(date: .abbreviated, time: .shortened, timeZone: .gmt)
        return date.formatted(style) + " UTC"
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "20 Nov", or "20 Nov 2026" when `withYear`: short enough for an axis label, and the same in
    /// every locale.
    static func short(_ date: CivilDate, withYear: Bool = false) -> String {
        let (year, month, day) = date.components
        return "\(day) \(months[month - 1])" + (withYear ? " \(year)" : "")
    }
}
