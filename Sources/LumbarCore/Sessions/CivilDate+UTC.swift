import Foundation

extension CivilDate {
    /// The UTC calendar day of `date` (pure: the caller reads the clock). The server keeps UTC; a
    /// person's own day can differ by a few hours, so the pages that compare with "today" allow a
    /// day either way.
    public static func utc(_ date: Date) -> CivilDate {
        CivilDate(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
