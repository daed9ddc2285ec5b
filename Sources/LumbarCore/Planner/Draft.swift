/// A program under construction: the exercises chosen so far per phase, each with its reasons.
struct Draft {
    struct Selection {
        var exercise: Exercise
        var side: Side
        var why: [String]
        var dose: ProgramDose
        /// Removed last when the session must be shortened.
        var protected = false
    }

    let catalog: Catalog
    let findings: Findings
    let filters: Filters
    let gentle: Bool
    let painNow: Int
    var selections: [Phase: [Selection]] = [:]
    /// Findings no exercise could answer within the filters or the per-phase limit.
    var unanswered: [String] = []

    init(catalog: Catalog, findings: Findings, filters: Filters, gentle: Bool, painNow: Int) {
        self.catalog = catalog
        self.findings = findings
        self.filters = filters
        self.gentle = gentle
        self.painNow = painNow
    }

    var blocks: [ProgramBlock] {
        Phase.allCases.map { phase in
            ProgramBlock(
                phase: phase,
                exercises: (selections[phase] ?? []).map {
                    ProgramExercise(
                        id: $0.exercise.id, name: $0.exercise.name, dose: $0.dose, side: $0.side, why: $0.why)
                })
        }
    }

    func isSelected(_ id: String) -> Bool { selections.values.contains { $0.contains { $0.exercise.id == id } } }

    func startingDose(_ exercise: Exercise) -> ProgramDose {
        ProgramDose(gentle ? exercise.doseRange.gentlest(perSide: exercise.dose.perSide) : exercise.dose)
    }

    /// Adds `exercise` to its phase, or adds the reason to it when it is already there.
    /// Returns false when the phase is full.
    @discardableResult
    mutating func add(
        _ exercise: Exercise, why: String, side: Side = .both, protected: Bool = false, beyondLimit: Bool = false
    ) -> Bool {
        var list = selections[exercise.phase] ?? []
        if let index = list.firstIndex(where: { $0.exercise.id == exercise.id }) {
            if !list[index].why.contains(why) { list[index].why.append(why) }
            if list[index].side != side { list[index].side = .both }
            selections[exercise.phase] = list
            return true
        }
        guard beyondLimit || list.count < Planner.perPhaseLimit[exercise.phase, default: 0] else { return false }
        list.append(
            Selection(exercise: exercise, side: side, why: [why], dose: startingDose(exercise), protected: protected))
        selections[exercise.phase] = list
        return true
    }

    /// The first exercise of `phase` for `muscle` that suits the person; primary-target matches first.
    func pick(_ phase: Phase, for muscle: Muscle) -> Exercise? {
        let candidates = catalog.candidates(phase: phase, muscle: muscle).filter(filters.allows)
        // An exercise already in the program answers the muscle without adding time.
        return candidates.first { isSelected($0.id) } ?? candidates.first
    }

    static func why(_ finding: MuscleFinding, overactive: Bool) -> String {
        "\(finding.muscle.rawValue) \(overactive ? "overactive" : "underactive"): \(finding.evidence.joined(separator: "; "))"
    }

    var generalWhy: String {
        "low back pain \(painNow)/10 with no specific weakness assessed: a staple of corrective work for the low back"
    }

    /// Inhibit then lengthen each overactive muscle, strongest finding first.
    mutating func addStretchingPhases() {
        var missing: [Muscle] = []
        var deferred: [Muscle] = []
        for finding in findings.overactive {
            var answered = false
            var full = false
            for phase in [Phase.inhibit, .lengthen] {
                guard let exercise = pick(phase, for: finding.muscle) else { continue }
                if add(exercise, why: Draft.why(finding, overactive: true), side: finding.side) {
                    answered = true
                } else {
                    full = true
                }
            }
            if !answered { full ? deferred.append(finding.muscle) : missing.append(finding.muscle) }
        }
        report(missing: missing, deferred: deferred, role: "overactive", work: "release or stretch")
    }

    /// Notes on findings the program does not answer, so the trainer knows what is still open.
    mutating func report(missing: [Muscle], deferred: [Muscle], role: String, work: String) {
        func names(_ muscles: [Muscle]) -> String { muscles.map(\.displayName).joined(separator: ", ") }
        if !missing.isEmpty {
            unanswered.append(
                "No \(work) in the catalog suits the \(role) \(names(missing)) within this person's equipment, "
                    + "pain direction and stability rules; address it another way or widen the equipment list.")
        }
        if !deferred.isEmpty {
            unanswered.append(
                "Also \(role), left for later sessions to keep this one focused: \(names(deferred)).")
        }
    }

    /// Bracing drills first when the spine is unstable, then one exercise per underactive muscle.
    mutating func addActivation() {
        if findings.instability {
            let why =
                "instability: \(findings.instabilityEvidence.joined(separator: "; ")); bracing drills come first, "
                + "in short sets that end the moment the spine moves"
            for id in Planner.bracingDrills {
                guard let drill = catalog[id], filters.allows(drill) else {
                    unanswered.append("The bracing drill \"\(id)\" needs a mat; do it on any firm, padded floor.")
                    continue
                }
                add(drill, why: why, protected: true)
            }
        }
        var missing: [Muscle] = []
        var deferred: [Muscle] = []
        for finding in findings.underactive {
            guard var exercise = pick(.activate, for: finding.muscle) else {
                missing.append(finding.muscle)
                continue
            }
            var why = Draft.why(finding, overactive: false)
            // Seed 002: when bridging hurts, start by squeezing the glutes without lifting.
            if findings.bridgePainful, exercise.primaryTarget == .gluteusMaximus, !isSelected(exercise.id),
                let easier = exercise.regression.flatMap({ catalog[$0] }), filters.allows(easier)
            {
                exercise = easier
                why += "; the bridge hurt, so this starts one step easier"
            }
            if !add(exercise, why: why) { deferred.append(finding.muscle) }
        }
        report(missing: missing, deferred: deferred, role: "underactive", work: "activation exercise")
        if findings.underactive.isEmpty && !findings.instability {
            for muscle in [Muscle.gluteusMaximus, .intrinsicCore] {
                if let exercise = pick(.activate, for: muscle) { add(exercise, why: generalWhy) }
            }
        }
    }

    /// Whole movements that use the most underactive muscles together.
    mutating func addIntegration() {
        let weights = Dictionary(uniqueKeysWithValues: findings.underactive.map { ($0.muscle, $0.weight) })
        let candidates = catalog.exercises(in: .integrate).filter(filters.allows)
        let scored = candidates.map { exercise in
            (exercise, exercise.targets.reduce(0) { $0 + (weights[$1] ?? 0) })
        }
        let ranked = scored.enumerated().sorted {
            $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset
        }.map(\.element)
        let limit = Planner.perPhaseLimit[.integrate, default: 1]
        for (exercise, score) in ranked.prefix(limit) where score > 0 {
            let answered = findings.underactive.filter { exercise.targets.contains($0.muscle) }
            let names = answered.map(\.muscle.rawValue).joined(separator: ", ")
            add(exercise, why: "integrates the underactive \(names) into a whole movement")
        }
        if selections[.integrate, default: []].isEmpty, let first = ranked.first?.0 {
            add(first, why: generalWhy + "; practises the activated muscles in a whole movement")
        }
    }

    /// Low-impact aerobic work on top (seed 002): walking, or cycling or swimming when walking hurts.
    mutating func addConditioning(walkingHurts: Bool) {
        let options = catalog.exercises(in: .condition).filter(filters.allows)
        let walking = options.first { $0.id == "walking" }
        let choice = walkingHurts ? (options.first { $0.id != "walking" } ?? walking) : (walking ?? options.first)
        guard let choice else { return }
        var why = "low back pain \(painNow)/10: easy aerobic work eases stiffness and supports recovery"
        if findings.sedentary { why += "; active only one day a week or less, so it starts short" }
        if walkingHurts && choice.id == "walking" { why += "; walking aggravates the pain, so keep it short and easy" }
        add(choice, why: why)
        if findings.sedentary || walkingHurts, var list = selections[.condition], let minimum = choice.doseRange.minutes
        {
            list[0].dose.minutes = minimum.lowerBound
            selections[.condition] = list
        }
    }

    /// Seed 004: swap bilateral moves for single-side versions and give the weaker side extra sets.
    mutating func favourWeakSide() {
        guard let weak = findings.weakSide, let evidence = findings.weakSideEvidence else { return }
        let why = "weaker \(weak.rawValue) side: \(evidence); the \(weak.rawValue) side does an extra set"
        for phase in [Phase.activate, .integrate] {
            guard var list = selections[phase] else { continue }
            for index in list.indices {
                guard let variantID = list[index].exercise.unilateralVariant, let variant = catalog[variantID],
                    filters.allows(variant), !isSelected(variantID)
                else { continue }
                list[index].exercise = variant
                list[index].dose = startingDose(variant)
            }
            selections[phase] = list
        }
        let hasUnilateral = [Phase.activate, .integrate].contains { phase in
            selections[phase, default: []].contains { $0.exercise.laterality == .unilateral }
        }
        if !hasUnilateral {
            let sideWork =
                (catalog.candidates(phase: .activate, muscle: .obliques)
                + catalog.candidates(phase: .activate, muscle: .gluteusMedius))
                .first { $0.laterality == .unilateral && filters.allows($0) }
            if let sideWork {
                // The weaker side is a finding of its own; it earns a place even in a full block.
                add(sideWork, why: why, beyondLimit: true)
            } else {
                unanswered.append(
                    "Weaker \(weak.rawValue) side (\(evidence)), but no single-side exercise fits the equipment "
                        + "list; add a mat to work the sides separately.")
            }
        }
        for phase in [Phase.activate, .integrate] {
            guard var list = selections[phase] else { continue }
            for index in list.indices where list[index].exercise.laterality == .unilateral {
                let range = list[index].exercise.doseRange.sets
                // Keep the weaker side's total inside the catalog's range where the range allows it.
                if list[index].dose.sets + 1 > range.upperBound && list[index].dose.sets > range.lowerBound {
                    list[index].dose.sets -= 1
                }
                list[index].dose.weakSideExtraSets = 1
                if !list[index].why.contains(why) { list[index].why.append(why) }
            }
            selections[phase] = list
        }
    }

    /// Cautions that explain how the findings shaped the program.
    func guidance(daysPerWeek: Int) -> [String] {
        var notes: [String] = []
        switch findings.intolerance {
        case .flexion?:
            notes.append(
                "Flexion-intolerant (\(findings.intoleranceEvidence ?? "")): knees-to-chest, child's pose, sit-ups and "
                    + "loaded forward bending are left out; keep the spine long when bending and lifting.")
        case .extension?:
            notes.append(
                "Extension-intolerant (\(findings.intoleranceEvidence ?? "")): supermans, cobra-type backbends and "
                    + "arching lunges are left out; avoid leaning back at the end of movements.")
        case nil:
            break
        }
        if findings.instability {
            notes.append(
                "Instability: no stretching of the low back itself. End every set the moment the spine shifts, "
                    + "and favour many short sets over a few long ones.")
        }
        if findings.sedentary {
            notes.append("Mostly inactive so far: add walking time a few minutes at a time, not all at once.")
        }
        notes.append(
            "Do the session \(daysPerWeek) day\(daysPerWeek == 1 ? "" : "s") a week, keeping a rest day between "
                + "sessions if soreness lingers; rest about 30 seconds between sets.")
        return notes
    }
}
