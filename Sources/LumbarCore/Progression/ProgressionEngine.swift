/// Applies the progression rules of `lumbar next` to a program and its session log: a decision
/// per exercise, the stage, alerts and adherence. Pure and deterministic: the same program and
/// log always give the same program, byte for byte.
public struct ProgressionEngine: Sendable {
    /// The catalog whose chains, ranges and names the rules use.
    public let catalog: Catalog

    /// An engine over `catalog` (normally `Catalog.bundled()`).
    public init(catalog: Catalog) { self.catalog = catalog }

    /// Cautions this engine writes about session time start with this, so a later run can replace them.
    static let timeCautionPrefix = "Session time:"

    /// How the cautions this engine writes begin; each run replaces its own earlier ones.
    public static let cautionPrefixes = [StageRule.cautionPrefix, timeCautionPrefix]

    /// The program adjusted to the logged sessions; see CONTRACT.md (`lumbar next`) and docs/progression.md.
    public func next(_ program: Program, log: SessionLog) -> Program {
        var result = program
        var alerts: [String] = []
        result.blocks = adjustedBlocks(program, log: log, alerts: &alerts)

        let names = { (id: String) in
            program.allExercises.first { $0.id == id }?.name ?? self.catalog[id]?.name ?? id
        }
        if let change = StageRule.review(program, log: log, names: names) {
            result.stage = change.stage
            result.schedule.daysPerWeek = change.daysPerWeek
            result.cautions.removeAll { $0.hasPrefix(StageRule.cautionPrefix) }
            if let caution = change.caution { result.cautions.append(caution) }
            if let alert = change.alert { alerts.insert(alert, at: 0) }
        }
        // An exercise skipped twice running is named to the trainer (CONTRACT.md, second round).
        for exercise in program.allExercises {
            guard let dates = SessionReview.skippedTwice(exercise.id, log: log) else { continue }
            alerts.append(
                "\(exercise.name) was skipped in the last two sessions (\(dates)): ask the client why (too hard, "
                    + "painful, or no time?) and change it if needed.")
        }
        let pain = log.sessions.map(SessionPain.init)
        result.alerts =
            alerts + ProgramAlerts.alerts(pain, names: names)
            + ReassessmentAlerts.alerts(pain, daysPerWeek: program.schedule.daysPerWeek)
        // Adherence is judged against the schedule the sessions were done under, not the new one.
        result.adherence = Adherence(log: log, daysPerWeek: program.schedule.daysPerWeek)
        guard !result.blocks.isEmpty else { return result }

        result.estimatedMinutes = SessionTime.minutes(result.blocks)
        result.cautions.removeAll { $0.hasPrefix(Self.timeCautionPrefix) }
        if result.estimatedMinutes > result.schedule.minutesPerSession {
            result.cautions.append(
                "\(Self.timeCautionPrefix) the adjusted session takes about \(result.estimatedMinutes) minutes, "
                    + "more than the \(result.schedule.minutesPerSession) planned; agree the extra time with the "
                    + "client, or leave an inhibit or lengthen exercise for another day.")
        }
        return result
    }

    /// Every exercise decided, in the block of its phase, with dose raises taken while the session
    /// fits its minutes; `alerts` collects exercises that hurt too much with nothing easier.
    private func adjustedBlocks(_ program: Program, log: SessionLog, alerts: inout [String]) -> [ProgramBlock] {
        // Pain must not rise from week to week (DOMAIN.md): while it does, nothing gets harder.
        let rising = ProgramAlerts.rise(log.sessions.map(SessionPain.init)).map { rise in
            "pain is rising from week to week (\(rise.description))"
        }
        let decide = ExerciseDecision(
            rules: ChainRules(catalog: catalog, program: program), weakSide: program.findings.weakSide,
            progressionStopped: rising)
        var taken = Set<String>()
        // A step into another phase moves the exercise to that phase's block: forward steps open the
        // later block (they carry on from the earlier phase), backward steps close the earlier one.
        var forward: [Phase: [ProgramExercise]] = [:]
        var backward: [Phase: [ProgramExercise]] = [:]
        var staying: [Phase: [ProgramExercise]] = [:]
        var raises: [(phase: Phase, index: Int, raised: ProgramExercise, pending: ExerciseDecision.PendingRaise)] = []
        for block in program.blocks {
            for exercise in block.exercises {
                let outcome = decide.decide(exercise, log: log, taken: &taken)
                if let alert = outcome.alert { alerts.append(alert) }
                let phase = catalog[outcome.exercise.id]?.phase ?? block.phase
                if let pending = outcome.raise {
                    raises.append((phase, staying[phase, default: []].count, outcome.exercise, pending))
                    staying[phase, default: []].append(pending.unchanged)
                } else if phase == block.phase {
                    staying[phase, default: []].append(outcome.exercise)
                } else if phase > block.phase {
                    forward[phase, default: []].append(outcome.exercise)
                } else {
                    backward[phase, default: []].append(outcome.exercise)
                }
            }
        }
        var blocks = program.blocks.map { block in
            ProgramBlock(
                phase: block.phase,
                exercises: (forward[block.phase] ?? []) + (staying[block.phase] ?? []) + (backward[block.phase] ?? []))
        }
        // Dose raises add time, so they are taken only while the session fits its minutes: the
        // activate and integrate work first (the heart of the corrective program), conditioning last
        // (it can be done at another time of day, as the planner also assumes).
        let budget = program.schedule.minutesPerSession
        for phase in [Phase.activate, .integrate, .lengthen, .inhibit, .condition] {
            guard let blockIndex = blocks.firstIndex(where: { $0.phase == phase }) else { continue }
            for raise in raises where raise.phase == phase {
                let position = (forward[phase]?.count ?? 0) + raise.index
                var trial = blocks
                trial[blockIndex].exercises[position] = raise.raised
                let minutes = SessionTime.minutes(trial)
                if minutes <= budget {
                    blocks = trial
                } else {
                    blocks[blockIndex].exercises[position] = raise.pending.held(minutes: minutes, budget: budget)
                }
            }
        }
        return blocks
    }
}
