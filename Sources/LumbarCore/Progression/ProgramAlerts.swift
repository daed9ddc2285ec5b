/// Program-level warnings for the trainer, from the whole log rather than one exercise.
///
/// They look at the log's last 7 days (a weekly review sees each event once, and an event
/// reported last week is not repeated forever) and at the last two logged weeks.
enum ProgramAlerts {
    static let recentDays = 7
    static let severePain = 8
    static let morningRise = 2
    /// Half a point, so that one rating a point higher in a week of whole-number ratings does not
    /// raise an alarm while a real upward drift does (DOMAIN: pain must not rise week to week).
    static let weeklyRise = 0.5

    static func alerts(_ log: SessionLog, names: (String) -> String) -> [String] {
        alerts(log.sessions.map(SessionPain.init), names: names)
    }

    /// The alerts from pain alone, `sessions` in date order; a session whose `needsExercises` is
    /// true words its severe pain during an exercise without the exercise's name.
    static func alerts(_ sessions: [SessionPain], names: (String) -> String) -> [String] {
        guard let last = sessions.last else { return [] }
        let recent = sessions.filter { last.date.days(since: $0.date) < recentDays }
        return [
            severe(recent, names: names), risingMornings(sessions, since: recent[0].date), risingWeeks(sessions),
        ].compactMap { $0 }
    }

    /// Any pain of 8 or more: refer-level at rest (DOMAIN red flags), so review and refer if it persists.
    static func severe(_ recent: [SessionPain], names: (String) -> String) -> String? {
        let readings = recent.flatMap { session in
            session.painReadings(names: names).filter { $0.value >= severePain }.map {
                "\($0.value)/10 \($0.label) on \(session.date)"
            }
        }
        guard !readings.isEmpty else { return nil }
        return
            "Pain of \(severePain)/10 or more in the last \(recentDays) days (\(Wording.list(readings))): review the "
            + "program with the client, and if pain this high persists, refer them to a doctor or physiotherapist."
    }

    /// Next-morning pain up by 2 or more from one session to the next (sessions without a morning value skipped).
    static func risingMornings(_ sessions: [SessionPain], since start: CivilDate) -> String? {
        let mornings = sessions.compactMap { session in session.painNextMorning.map { (session.date, $0) } }
        let rises = zip(mornings, mornings.dropFirst()).filter { pair in
            pair.1.0 >= start && pair.1.1 - pair.0.1 >= morningRise
        }
        guard !rises.isEmpty else { return nil }
        let described = rises.map { earlier, later in
            "from \(earlier.1)/10 after \(earlier.0) to \(later.1)/10 after \(later.0)"
        }
        return
            "Next-morning pain rose by \(morningRise) or more between sessions (\(Wording.list(described))): review "
            + "the load with the client, and if the mornings keep getting worse, refer them to a doctor or "
            + "physiotherapist."
    }

    /// A rise in the mean of every before, after and next-morning pain, over rolling 7-day windows:
    /// the 7 days ending at the latest session against the 7 days before them.
    struct Rise {
        var before: Double
        var now: Double
        /// The last day of each window.
        var earlierEnd: CivilDate
        var laterEnd: CivilDate

        var description: String {
            "the mean of the before, after and next-morning ratings went from \(Wording.oneDecimal(before))/10 in the "
                + "7 days to \(earlierEnd) to \(Wording.oneDecimal(now))/10 in the 7 days to \(laterEnd)"
        }
    }

    /// The rise of the latest 7 days over the 7 before them, when it is at least `weeklyRise`.
    /// Rolling windows, not weeks counted from the first session, so a rise that straddles two such
    /// weeks is seen too.
    static func rise(_ sessions: [SessionPain]) -> Rise? {
        guard let last = sessions.last?.date else { return nil }
        let later = sessions.filter { last.days(since: $0.date) < recentDays }
        let earlier = sessions.filter { (recentDays..<2 * recentDays).contains(last.days(since: $0.date)) }
        guard let before = LoggedWeeks.meanPain(earlier), let now = LoggedWeeks.meanPain(later),
            now - before >= weeklyRise
        else { return nil }
        return Rise(before: before, now: now, earlierEnd: last.adding(days: -recentDays), laterEnd: last)
    }

    static func risingWeeks(_ sessions: [SessionPain]) -> String? {
        guard let rise = rise(sessions) else { return nil }
        return
            "Pain is rising from week to week: \(rise.description). Pain should not rise from week to week, so "
            + "nothing progresses until it settles: review the load, and if it keeps rising, refer the client to a "
            + "doctor or physiotherapist."
    }
}
