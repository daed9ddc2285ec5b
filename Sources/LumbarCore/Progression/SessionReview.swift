/// What the logged sessions say about one exercise, following the pain-monitoring model
/// (Silbernagel, Thomeé): pain during up to 2 is safe, 3–5 acceptable, over 5 too much, and pain
/// after a session must settle by the next morning.
struct SessionReview: Equatable {
    enum Signal: Equatable { case progress, hold, regress }

    let signal: Signal
    /// Plain words naming the sessions and numbers behind the signal.
    let evidence: String

    /// The window: the exercise's two most recent logged sessions. One session can be a fluke (a bad
    /// night, a long drive), so progress waits until two agree; with 3–4 sessions a week two is also
    /// the most that keeps the program answering within a week. Regress needs only the latest
    /// session: one session that hurt too much, or whose pain did not settle, is enough (safety first).
    static let window = 2
    static let safePain = 2

    /// Reviews `exercise` over `log`.
    static func review(_ exercise: ProgramExercise, log: SessionLog) -> SessionReview {
        if let dates = skippedTwice(exercise.id, log: log) {
            return SessionReview(
                signal: .hold, evidence: "Skipped in both of the last two sessions (\(dates)); ask the client why")
        }
        let entries = log.entries(for: exercise.id).suffix(window)
        guard let latest = entries.last else {
            return SessionReview(signal: .hold, evidence: "Not logged in any session yet")
        }
        switch verdict(exercise, latest.session, latest.exercise) {
        case .tooMuch(let why): return SessionReview(signal: .regress, evidence: why)
        case .notBlamed(let why): return SessionReview(signal: .hold, evidence: why)
        case .within: break
        }
        guard entries.count == window, let older = entries.first else {
            return SessionReview(
                signal: .hold,
                evidence:
                    "Only one logged session so far (\(latest.session.date): pain during "
                    + "\(latest.exercise.painDuring)/10); \(window) are needed before it can progress")
        }
        let dates = "\(older.session.date) and \(latest.session.date)"
        // Form that broke in both sessions is not a fluke: the exercise is beyond control for now.
        if !older.exercise.formOk && !latest.exercise.formOk {
            return SessionReview(
                signal: .regress,
                evidence:
                    "Form broke in both of the last two sessions (\(dates)): an easier version keeps the spine "
                    + "steady")
        }
        if case .tooMuch(let earlier) = verdict(exercise, older.session, older.exercise) {
            return SessionReview(
                signal: .hold,
                evidence:
                    "Mixed signals: \(Wording.lowerFirst(earlier)), but the latest session "
                    + "(\(latest.session.date), pain during \(latest.exercise.painDuring)/10) was within limits; "
                    + "wait for two sessions that agree")
        }
        let pains = entries.map(\.exercise.painDuring)
        let painList = "\(pains[0])/10 and \(pains[1])/10 on \(dates)"
        if let peak = pains.max(), peak > safePain {
            return SessionReview(
                signal: .hold,
                evidence: "Pain during was \(painList): acceptable (3–5), not yet comfortable (2 or below)")
        }

        var blockers: [String] = []
        for (session, entry) in entries where !entry.formOk {
            blockers.append(
                "form broke on \(session.date) (poor form never progresses: the set ends the moment the spine shifts)")
        }
        for (session, entry) in entries where !entry.reached(exercise.dose) {
            blockers.append("the prescribed dose was not completed on \(session.date) (\(done(entry)))")
        }
        for (session, _) in entries where session.painNextMorning == nil {
            blockers.append("next-morning pain after \(session.date) is not logged yet")
        }
        for (session, _) in entries {
            if let flare = flare(session) { blockers.append(flare) }
        }
        let mornings = entries.map { entry in
            "\(entry.session.painBefore)→\(entry.session.painNextMorning.map(String.init) ?? "?")"
        }
        guard blockers.isEmpty else {
            return SessionReview(
                signal: .hold, evidence: "Pain during stayed comfortable (\(painList)), but \(Wording.list(blockers))")
        }
        return SessionReview(
            signal: .progress,
            evidence:
                "Pain during stayed at 2/10 or below (\(painList)), every set had good form at the full dose, and "
                + "next-morning pain was no higher than before the session (\(mornings.joined(separator: ", ")))")
    }

    /// The dates of the last two sessions that listed `id`, when both skipped it; nil otherwise.
    static func skippedTwice(_ id: String, log: SessionLog) -> String? {
        let listed = log.allEntries(for: id).suffix(window)
        guard listed.count == window, listed.allSatisfy(\.exercise.skipped) else { return nil }
        return listed.map(\.session.date.description).joined(separator: " and ")
    }

    /// What one session says about one exercise.
    enum Verdict: Equatable {
        /// Within limits.
        case within
        /// Too much: the exercise went past the stop line, or the session flared and this exercise
        /// could have caused it.
        case tooMuch(String)
        /// The session flared, but this exercise is not to blame.
        case notBlamed(String)
    }

    static func verdict(_ exercise: ProgramExercise, _ session: LoggedSession, _ entry: LoggedExercise) -> Verdict {
        if StopRule.stops(painDuring: entry.painDuring, painBefore: session.painBefore) {
            let limit = StopRule.limit(painBefore: session.painBefore)
            let line =
                limit > StopRule.floor
                ? "above the \(limit)/10 the session started with" : "above the \(limit) that is acceptable"
            return .tooMuch("Pain during reached \(entry.painDuring)/10 on \(session.date), \(line)")
        }
        guard let flare = flare(session) else { return .within }
        // Blame (DOMAIN.md, pain-monitoring model): a flare is put down to what could have caused
        // it, the exercises that hurt during the session or that changed at the last review, not
        // to the ones that were comfortable and unchanged.
        if entry.painDuring > safePain {
            return .tooMuch("\(Wording.upperFirst(flare)), and this exercise hurt during it (\(entry.painDuring)/10)")
        }
        if changedAtLastReview(exercise) {
            return .tooMuch("\(Wording.upperFirst(flare)), and this exercise is new or changed since the last review")
        }
        return .notBlamed(
            "\(Wording.upperFirst(flare)), but that is not put down to this exercise: it was comfortable "
                + "(\(entry.painDuring)/10) and unchanged since the last review")
    }

    /// How a session flared, in words, or nil: pain after it above the stop line (pain after may
    /// reach 5 but no more), or next-morning pain higher than before it (it did not settle).
    static func flare(_ session: LoggedSession) -> String? {
        var reasons: [String] = []
        let limit = StopRule.limit(painBefore: session.painBefore)
        if session.painAfter > limit {
            reasons.append(
                "pain after the session of \(session.date) reached \(session.painAfter)/10, above the \(limit) that is "
                    + "acceptable")
        }
        if let morning = session.painNextMorning, session.settled == false {
            reasons.append(
                "next-morning pain after \(session.date) was \(morning)/10, higher than the \(session.painBefore)/10 "
                    + "before the session (it did not settle)")
        }
        return reasons.isEmpty ? nil : Wording.list(reasons)
    }

    /// Whether the exercise is new or changed since the last review: no decision yet, or the last
    /// one moved it (a step or a dose change).
    static func changedAtLastReview(_ exercise: ProgramExercise) -> Bool {
        guard let note = exercise.progression else { return true }
        return note.decision != .hold
    }

    static func done(_ entry: LoggedExercise) -> String {
        var text = "\(entry.setsDone) set\(entry.setsDone == 1 ? "" : "s")"
        if let reps = entry.repsDone, !reps.isEmpty { text += " of \(Wording.list(reps.map(String.init))) reps" }
        if let hold = entry.holdSeconds { text += ", \(hold) s hold" }
        return text
    }
}
