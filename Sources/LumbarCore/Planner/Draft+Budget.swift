extension Draft {
    /// Shortens the session until it fits `minutes`, giving up the least for the most time:
    /// conditioning time first (it can be done at another time of day), then extra sets, then whole
    /// exercises with the weakest evidence, then reps and holds; doses stay inside the catalog's
    /// ranges. Protected work (the bracing drills, the staples) keeps its dose until everything else
    /// has given way: seed 002's 10 sets of 3 outrank a second roll (issue 12, point 7). Returns the
    /// names of exercises left out.
    mutating func fit(minutes budget: Int) -> [String] {
        var leftOut: [String] = []
        if minutes <= budget { return leftOut }

        let condition = Phase.condition.ordinal
        if let walk = selections[condition].first, let range = catalog.exercises[walk.index].doseRange.minutes {
            selections[condition][0].dose.minutes = range.lowerBound
            if minutes <= budget { return leftOut }
            selections[condition] = []
            let name = catalog.exercises[walk.index].name
            let usual = catalog.exercises[walk.index].dose.minutes ?? range.lowerBound
            unanswered.append(
                "\(name) did not fit in the session: do \(range.lowerBound)–\(usual) minutes of it at another time of day."
            )
            if minutes <= budget { return leftOut }
        }

        let fewestSets: (DoseRange, inout Selection) -> Void = { $1.dose.sets = $0.sets.lowerBound }
        let shortest: (DoseRange, inout Selection) -> Void = { range, selection in
            if let reps = range.reps { selection.dose.reps = reps.lowerBound }
            if let hold = range.holdSeconds { selection.dose.holdSeconds = hold.lowerBound }
        }
        if reduceOneAtATime(fewestSets, protected: false, budget: budget) { return leftOut }

        // Trim the longest lists first, dropping their last (weakest-evidence) exercise and keeping
        // one per phase, the answer to its strongest finding. Protected work is never dropped here.
        let trimOrder = [Phase.lengthen, .inhibit, .integrate, .activate].map(\.ordinal)
        while minutes > budget {
            let trimmable = trimOrder.filter { phase in
                selections[phase].count > 1 && selections[phase].contains { !$0.protected }
            }
            guard let longest = trimmable.max(by: { selections[$0].count < selections[$1].count }) else { break }
            leftOut.append(removeLeastImportant(from: longest))
        }
        if minutes <= budget { return leftOut }
        if reduceOneAtATime(shortest, protected: false, budget: budget) { return leftOut }

        // Still too long: drop whole phases of unprotected work, keeping activation to the last.
        for phase in [Phase.integrate, .inhibit, .lengthen].map(\.ordinal) where minutes > budget {
            while let position = selections[phase].lastIndex(where: { !$0.protected }), minutes > budget {
                leftOut.append(catalog.exercises[selections[phase].remove(at: position).index].name)
            }
        }
        // Only now do the staples give up sets, then reps and holds.
        if reduceOneAtATime(fewestSets, protected: true, budget: budget) { return leftOut }
        if reduceOneAtATime(shortest, protected: true, budget: budget) { return leftOut }
        for phase in [Phase.integrate, .inhibit, .lengthen].map(\.ordinal) {
            while minutes > budget, !selections[phase].isEmpty { leftOut.append(removeLeastImportant(from: phase)) }
        }
        while minutes > budget, selections[Phase.activate.ordinal].count > 1 {
            leftOut.append(removeLeastImportant(from: Phase.activate.ordinal))
        }
        return leftOut
    }

    /// The session's length in whole minutes, rounded up, computed without building the blocks.
    var minutes: Int {
        var seconds = 0
        for phase in Phase.allCases {
            for selection in selections[phase.ordinal] {
                seconds += SessionTime.seconds(selection.dose, side: selection.side, phase: phase)
            }
        }
        return (seconds + 59) / 60
    }

    /// Applies `change` to one exercise at a time, least important first, stopping as soon as the
    /// session fits. Returns whether it fits. Only `protected` selections, or only the others.
    private mutating func reduceOneAtATime(
        _ change: (DoseRange, inout Selection) -> Void, protected: Bool, budget: Int
    ) -> Bool {
        for phase in [Phase.lengthen, .inhibit, .integrate, .activate].map(\.ordinal) {
            for position in selections[phase].indices.reversed()
            where selections[phase][position].protected == protected {
                change(catalog.exercises[selections[phase][position].index].doseRange, &selections[phase][position])
                if minutes <= budget { return true }
            }
        }
        return minutes <= budget
    }

    private mutating func removeLeastImportant(from phase: Int) -> String {
        let position = selections[phase].lastIndex { !$0.protected } ?? selections[phase].count - 1
        return catalog.exercises[selections[phase].remove(at: position).index].name
    }
}
