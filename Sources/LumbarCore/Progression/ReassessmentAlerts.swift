/// Alerts that suggest assessing the client again (issue 12, point 8): the program is not being
/// done, or it is done and the pain does not change. Both read the log alone, so the dashboard and
/// `lumbar next` agree.
enum ReassessmentAlerts {
    /// DOMAIN.md "What is better": a fall of at least 2 points or 30 % is a change that matters
    /// (Farrar 2001; Childs 2005).
    static let meaningfulFall = 2.0
    static let meaningfulShare = 0.3
    /// Below this mean there is little pain left to lose, and a flat line is good news.
    static let lowPain = 2.0
    /// How far back "four weeks" reaches: the 7 days ending 21 days before the latest session.
    static let flatWeeks = 4

    static func alerts(_ sessions: [SessionPain], daysPerWeek: Int) -> [String] {
        [fewSessions(sessions, daysPerWeek: daysPerWeek), flatPain(sessions)].compactMap { $0 }
    }

    /// Fewer than half the planned sessions in each of the last two weeks of the log (7-day windows
    /// from the first session; the last one counted by the days it has had, as adherence does).
    static func fewSessions(_ sessions: [SessionPain], daysPerWeek: Int) -> String? {
        let weeks = LoggedWeeks(sessions)
        guard weeks.span >= 2, daysPerWeek > 0, let last = sessions.last?.date else { return nil }
        func done(_ index: Int) -> Int { weeks.weeks.first { $0.index == index }?.sessions.count ?? 0 }
        let lastIndex = weeks.span - 1
        let planned = [daysPerWeek, max(1, weeks.plannedInLastWeek(daysPerWeek, latest: last))]
        let counts = [done(lastIndex - 1), done(lastIndex)]
        guard zip(counts, planned).allSatisfy({ 2 * $0 < $1 }) else { return nil }
        return
            "Fewer than half the planned sessions in each of the last two weeks (\(counts[0]) of \(planned[0]), then "
            + "\(counts[1]) of \(planned[1])): ask what gets in the way, and assess again: the program may not fit "
            + "the client's days or back."
    }

    /// Pain that has not fallen by a change that matters over four weeks, while there is pain to lose:
    /// the mean of the latest 7 days against the 7 days ending three weeks earlier.
    static func flatPain(_ sessions: [SessionPain]) -> String? {
        guard let last = sessions.last?.date else { return nil }
        let back = (flatWeeks - 1) * 7
        let latest = sessions.filter { last.days(since: $0.date) < 7 }
        let earlier = sessions.filter { (back..<back + 7).contains(last.days(since: $0.date)) }
        guard let before = LoggedWeeks.meanPain(earlier), let now = LoggedWeeks.meanPain(latest),
            now > lowPain, before - now < meaningfulFall, before - now < meaningfulShare * before
        else { return nil }
        return
            "Pain has not changed in a way that matters over four weeks: the mean of the before, after and "
            + "next-morning ratings was \(Wording.oneDecimal(before))/10 in the 7 days to "
            + "\(last.adding(days: -back)) and \(Wording.oneDecimal(now))/10 in the 7 days to \(last) (a change "
            + "that matters is a fall of 2 points or 30 %). Assess the client again: the findings or the program "
            + "may need to change."
    }
}
