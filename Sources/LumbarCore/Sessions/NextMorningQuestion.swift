/// When a session's next-morning pain may still be given. The morning after is what tells whether
/// a session flared the back (DOMAIN.md), but after a couple of days nobody remembers that morning,
/// so the question is asked, and an answer accepted, only within `windowDays` of the session. It is
/// also asked on the session's own (UTC) day, because the person's own day may already be the next
/// one; the share page hides it until the device's date has moved past the session's.
public enum NextMorningQuestion {
    /// Days after the session that the question stays open.
    public static let windowDays = 2

    /// Whether next-morning pain for a session dated `date` is asked (and accepted) on `today`.
    public static func isDue(sessionDate date: CivilDate, today: CivilDate) -> Bool {
        (0...windowDays).contains(today.days(since: date))
    }
}
