import LumbarCore

extension PageDate {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "20 Nov", or "20 Nov 2026" when `withYear`: short enough for an axis label, and the same in
    /// every locale.
    static func short(_ date: CivilDate, withYear: Bool = false) -> String {
        let (year, month, day) = date.components
        return "\(day) \(months[month - 1])" + (withYear ? " \(year)" : "")
    }
}
