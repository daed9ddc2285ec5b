import Foundation
import LumbarCore

extension CivilDate {
    /// The UTC calendar day of `date`. The server keeps UTC; a person's own day can differ by a few
    /// hours, so the pages that compare with "today" allow a day either way.
    static func utc(_ date: Date) -> CivilDate {
        CivilDate(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
