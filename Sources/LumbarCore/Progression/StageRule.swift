/// When the whole program moves between the corrective and maintenance stages.
///
/// Maintenance comes after two pain-free weeks: the trailing run of sessions in which every pain
/// value is 0 or 1 spans at least 14 days (last date − first date + 1). Seed 004 keeps the
/// corrective work in the weekly routine once pain is gone, so every block stays, 2–3 days a week.
/// A pain of 3 or more in the last 14 days of the log sends a maintenance program back to
/// corrective: the same span that earned maintenance, so a review every one or two weeks sees it.
struct StageRule {
    static let painFreeDays = 14
    static let painFreeMax = 1
    static let returningPain = 3
    static let maintenanceDays = 2...3
    static let correctiveMinimumDays = 3
    /// Cautions this rule writes start with this, so a later run can replace them.
    static let cautionPrefix = "Maintenance:"

    struct Change {
        var stage: Stage
        var daysPerWeek: Int
        var caution: String?
        var alert: String?
    }

    /// The stage change the log calls for, or nil when the program stays where it is.
    static func review(_ program: Program, log: SessionLog, names: (String) -> String) -> Change? {
        guard program.decision == .proceed, let last = log.sessions.last else { return nil }
        switch program.stage {
        case .corrective:
            let run = log.sessions.reversed().prefix { $0.worstPain <= painFreeMax }
            guard let first = run.last else { return nil }
            let span = last.date.days(since: first.date) + 1
            guard span >= painFreeDays else { return nil }
            let days = min(max(program.schedule.daysPerWeek, maintenanceDays.lowerBound), maintenanceDays.upperBound)
            let caution =
                "\(cautionPrefix) every pain value was 0 or 1 in the last \(Wording.count(run.count, "session")) "
                + "(\(first.date) to \(last.date), \(span) days), so the program moves to maintenance at \(days) "
                + "days a week. Keep all of it, the activate and integrate work included: once the pain is gone, "
                + "the corrective exercises stay in the weekly routine to keep it away."
            return Change(stage: .maintenance, daysPerWeek: days, caution: caution)
        case .maintenance:
            let recent = log.sessions.filter { last.date.days(since: $0.date) < painFreeDays }
            let returning = recent.flatMap { session in
                session.painReadings(names: names).filter { $0.value >= returningPain }.map { (session.date, $0) }
            }
            guard let (date, reading) = returning.max(by: { $0.1.value < $1.1.value }) else { return nil }
            let days = max(program.schedule.daysPerWeek, correctiveMinimumDays)
            let alert =
                "Pain came back in maintenance: \(reading.value)/10 \(reading.label) on \(date) (a pain of "
                + "\(returningPain) or more in the last \(painFreeDays) days). Back to the corrective stage at \(days) "
                + "days a week; review the program with the client, and refer them to a doctor or physiotherapist "
                + "if the pain persists."
            return Change(stage: .corrective, daysPerWeek: days, alert: alert)
        }
    }
}
