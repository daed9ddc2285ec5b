extension Draft {
    /// Shortens the session until it fits `minutes`, giving up the least for the most time:
    /// conditioning time first (it can be done at another time of day), then extra sets, then whole
    /// exercises with the weakest evidence, then reps and holds; doses stay inside the catalog's
    /// ranges. Returns the names of exercises left out.
    mutating func fit(minutes budget: Int) -> [String] {
        var leftOut: [String] = []
        func fits() -> Bool { SessionTime.minutes(blocks) <= budget }
        if fits() { return leftOut }

        if var walk = selections[.condition]?.first, let range = walk.exercise.doseRange.minutes {
            walk.dose.minutes = range.lowerBound
            selections[.condition] = [walk]
            if fits() { return leftOut }
            selections[.condition] = []
            unanswered.append(
                "\(walk.exercise.name) did not fit in the session: do \(range.lowerBound)–\(walk.exercise.dose.minutes ?? range.lowerBound) "
                    + "minutes of it at another time of day.")
            if fits() { return leftOut }
        }

        if reduceOneAtATime({ $0.dose.sets = $0.exercise.doseRange.sets.lowerBound }, budget: budget) { return leftOut }

        // Trim the longest lists first, dropping their last (weakest-evidence) exercise and keeping
        // one per phase; protected drills go last.
        let trimOrder: [Phase] = [.lengthen, .inhibit, .integrate, .activate]
        while !fits() {
            let longest = trimOrder.max { selections[$0, default: []].count < selections[$1, default: []].count }!
            guard selections[longest, default: []].count > 1 else { break }
            leftOut.append(removeLeastImportant(from: longest))
        }
        if fits() { return leftOut }

        let shortest: (inout Selection) -> Void = {
            if let range = $0.exercise.doseRange.reps { $0.dose.reps = range.lowerBound }
            if let range = $0.exercise.doseRange.holdSeconds { $0.dose.holdSeconds = range.lowerBound }
        }
        if reduceOneAtATime(shortest, budget: budget) { return leftOut }

        // Still too long with one exercise per phase: drop whole phases, keeping activation to the last.
        for phase in [Phase.integrate, .inhibit, .lengthen] where !fits() {
            while !selections[phase, default: []].isEmpty { leftOut.append(removeLeastImportant(from: phase)) }
        }
        while !fits(), selections[.activate, default: []].count > 1 {
            leftOut.append(removeLeastImportant(from: .activate))
        }
        return leftOut
    }

    /// Applies `change` to one exercise at a time, least important first, stopping as soon as the
    /// session fits. Returns whether it fits.
    private mutating func reduceOneAtATime(_ change: (inout Selection) -> Void, budget: Int) -> Bool {
        func fits() -> Bool { SessionTime.minutes(blocks) <= budget }
        for phase in [Phase.lengthen, .inhibit, .integrate, .activate] {
            guard var list = selections[phase] else { continue }
            for index in list.indices.reversed() {
                change(&list[index])
                selections[phase] = list
                if fits() { return true }
            }
        }
        return fits()
    }

    private mutating func removeLeastImportant(from phase: Phase) -> String {
        var list = selections[phase, default: []]
        let index = list.lastIndex { !$0.protected } ?? list.count - 1
        let removed = list.remove(at: index)
        selections[phase] = list
        return removed.exercise.name
    }
}
