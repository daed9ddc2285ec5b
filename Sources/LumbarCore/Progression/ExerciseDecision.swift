/// Turns the session review of one exercise into its next form: a step along its progression
/// chain, a dose step, or the same exercise held, each with a reason that names its numbers.
struct ExerciseDecision {
    let rules: ChainRules
    let weakSide: Side?
    /// Why nothing progresses at this review (pain rising from week to week), or nil.
    var progressionStopped: String? = nil

    struct Outcome {
        var exercise: ProgramExercise
        /// Set when even the gentlest option still hurts too much.
        var alert: String?
        /// Set for a progress by dose, which the engine takes only if the session still fits its minutes.
        var raise: PendingRaise?
    }

    /// A dose raise and what the exercise becomes if the session has no time for it.
    struct PendingRaise {
        var unchanged: ProgramExercise
        var evidence: String
        var change: DoseChange

        /// The exercise held at its dose, with a reason naming the minutes the raise would have taken.
        func held(minutes: Int, budget: Int) -> ProgramExercise {
            var held = unchanged
            held.progression = ProgressionNote(
                decision: .hold,
                reason:
                    "\(evidence): hold, as raising \(change.description) would take the session to about \(minutes) "
                    + "minutes, past the \(budget) planned.")
            return held
        }
    }

    /// Decides for `exercise`; `taken` collects the ids that steps in this run have landed on.
    func decide(_ exercise: ProgramExercise, log: SessionLog, taken: inout Set<String>) -> Outcome {
        var kept = exercise
        guard let entry = rules.catalog[exercise.id] else {
            kept.progression = ProgressionNote(decision: .hold, reason: "Not in the catalog: hold unchanged.")
            return Outcome(exercise: kept)
        }
        // Left out until the trainer reviews it: the client no longer does it, so no log can bring
        // it back; only a trainer's edit (a swap or a dose change) does.
        if exercise.progression?.leftOut == true {
            return Outcome(exercise: kept)
        }
        let review = SessionReview.review(exercise, log: log)
        let reference = rules.startingDose(entry, carrying: exercise.dose.weakSideExtraSets)
        switch review.signal {
        case .hold:
            kept.progression = note(.hold, review, "hold at \(text(exercise))")
            return Outcome(exercise: kept)
        case .progress:
            if let stopped = progressionStopped {
                kept.progression = note(.hold, review, "but \(stopped), so it holds at \(text(exercise))")
                return Outcome(exercise: kept)
            }
            return move(exercise, entry: entry, review: review, reference: reference, up: true, taken: &taken)
        case .regress:
            return move(exercise, entry: entry, review: review, reference: reference, up: false, taken: &taken)
        }
    }

    /// Progress (`up`) or regress: a chain step when the dose is at its reference (or beyond it in
    /// the direction of travel) and the neighbour suits the program, otherwise a dose step.
    private func move(
        _ exercise: ProgramExercise, entry: Exercise, review: SessionReview, reference: ProgramDose, up: Bool,
        taken: inout Set<String>
    ) -> Outcome {
        let verdict: ProgressionNote.Verdict = up ? .progress : .regress
        let chainNote: String
        if let neighbour = neighbour(of: exercise, entry: entry, up: up) {
            if Self.short(of: reference, exercise.dose, up: up) {
                chainNote =
                    up
                    ? "it builds back up to its standard dose before moving on to \(neighbour.name)"
                    : "the dose raised earlier comes off before stepping back to \(neighbour.name)"
            } else if let why = rules.unsuitability(of: neighbour, taken: taken) {
                chainNote = why
            } else if up && exercise.dose.weakSideExtraSets > 0 && neighbour.laterality != .unilateral {
                chainNote =
                    "\(neighbour.name) works both sides at once, which would drop the weaker side's extra work"
            } else {
                var replaced = rules.replace(exercise, with: neighbour)
                taken.insert(neighbour.id)
                let action =
                    up
                    ? "moved on from \(exercise.name) to \(neighbour.name) (\(text(replaced)))"
                    : "back from \(exercise.name) to the easier \(neighbour.name) (\(text(replaced)))"
                replaced.progression = note(verdict, review, action, from: exercise.id)
                return Outcome(exercise: replaced)
            }
        } else {
            let chained = entry.progression != nil || entry.regression != nil
            switch (up, chained) {
            case (true, true): chainNote = "it is the last step of its progression chain"
            case (false, true): chainNote = "it is the first step of its progression chain"
            case (true, false): chainNote = "the catalog has no harder version of it"
            case (false, false): chainNote = "the catalog has no easier version of it"
            }
        }

        var changed = exercise
        let step =
            up
            ? DoseChange.raise(exercise.dose, range: entry.doseRange, reference: reference)
            : DoseChange.lower(exercise.dose, range: entry.doseRange, reference: reference)
        if let step {
            changed.dose = step.dose
            changed.progression = note(
                verdict, review, "\(up ? "raised" : "lowered") \(step.description) (\(chainNote))")
            guard up else { return Outcome(exercise: changed) }
            return Outcome(
                exercise: changed, raise: PendingRaise(unchanged: exercise, evidence: review.evidence, change: step))
        }
        if up {
            changed.progression = note(
                .hold, review, "hold: already at the top of its range (\(text(exercise))) and \(chainNote)")
            return Outcome(exercise: changed)
        }
        changed.progression = note(
            .hold, review,
            "left out of the sessions until the program is reviewed: still too painful at its gentlest dose "
                + "(\(text(exercise))) and nothing easier suits (\(chainNote))")
        changed.progression?.leftOut = true
        let alert =
            "\(exercise.name) still hurts too much at its gentlest dose and nothing easier suits "
            + "(\(Wording.lowerFirst(review.evidence))): leave it out until the program is reviewed, and refer the "
            + "client to a doctor or physiotherapist if the pain persists."
        return Outcome(exercise: changed, alert: alert)
    }

    /// The exercise a chain step lands on. One-sided work that carries the weaker side's extra sets
    /// keeps it (CONTRACT.md: a single-leg bridge once progressed into a two-leg squat): a step up
    /// to two-sided work takes that work's one-sided variant, and one-sided work with no step of
    /// its own (the split squat) follows the chain of the two-sided exercise it varies. A step back
    /// returns to the exercise it came from, so up and back again end where they started.
    private func neighbour(of exercise: ProgramExercise, entry: Exercise, up: Bool) -> Exercise? {
        let own = (up ? entry.progression : entry.regression).flatMap { rules.catalog[$0] }
        guard exercise.dose.weakSideExtraSets > 0 else { return own }
        guard up else {
            if exercise.progression?.decision == .progress, let from = exercise.progression?.from,
                let back = rules.catalog[from]
            {
                return back
            }
            return own
        }
        func oneSided(_ candidate: Exercise?) -> Exercise? {
            guard let candidate, candidate.laterality != .unilateral else { return candidate }
            let variant = candidate.unilateralVariant.flatMap { rules.catalog[$0] }
            return variant?.id == entry.id ? nil : variant ?? candidate
        }
        if let step = oneSided(own) { return step }
        let parent = rules.catalog.exercises.first { $0.unilateralVariant == entry.id && $0.laterality != .unilateral }
        return oneSided(parent?.progression.flatMap { rules.catalog[$0] }) ?? own
    }

    /// True when `dose` has not reached `reference` in the direction of travel: below it somewhere
    /// when progressing, above it somewhere when regressing.
    static func short(of reference: ProgramDose, _ dose: ProgramDose, up: Bool) -> Bool {
        DoseChange.Figure.allCases.contains { figure in
            guard let value = figure.value(dose), let target = figure.value(reference) else { return false }
            return up ? value < target : value > target
        }
    }

    private func text(_ exercise: ProgramExercise) -> String {
        exercise.dose.text(side: exercise.side, weakSide: weakSide)
    }

    private func note(
        _ verdict: ProgressionNote.Verdict, _ review: SessionReview, _ action: String, from: String? = nil
    ) -> ProgressionNote {
        ProgressionNote(decision: verdict, reason: "\(review.evidence): \(action).", from: from)
    }
}
