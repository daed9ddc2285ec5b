/// The days a newly logged session may carry. A date far from today is a typing slip or an
/// attack, and it is not harmless: the progression counts every week between the first and the
/// last session, so one session dated 9999-12-31 turned a client's adherence into millions of
/// scheduled sessions, an answer no program could hold. Core has no clock: callers pass today in.
public struct SessionDates: Equatable, Sendable {
    /// The first day accepted.
    public let earliest: CivilDate
    /// The last day accepted.
    public let latest: CivilDate

    /// From a year before `since` (history may be back-filled from before the client was added)
    /// to the day after `today` (the person's day may already be tomorrow in UTC terms).
    public init(since start: CivilDate, today: CivilDate) {
        earliest = start.yearEarlier
        latest = today.adding(days: 1)
    }

    /// For a session log with no client record behind it (`lumbar next`): a client taken to start
    /// a year before `today`, so two years of history are accepted.
    public static func log(today: CivilDate) -> SessionDates {
        SessionDates(since: today.yearEarlier, today: today)
    }

    /// Why `date` is refused, or nil when it lies between `earliest` and `latest`.
    public func problem(with date: CivilDate) -> String? {
        if date > latest {
            return "\(date) is in the future; a session can be dated at the latest \(latest)"
        }
        if date < earliest {
            return "\(date) is too far back; a session can be dated from \(earliest) on"
        }
        return nil
    }
}

extension CivilDate {
    /// The same day a year earlier; 29 February becomes 28 February.
    var yearEarlier: CivilDate {
        let (year, month, day) = components
        guard year > 1 else { return self }
        return CivilDate(year: year - 1, month: month, day: min(day, CivilDate.daysIn(month: month, year: year - 1)))
    }
}
