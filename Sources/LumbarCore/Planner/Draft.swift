/// A program under construction: the exercises chosen so far per phase, each with its reasons.
/// Selections refer to catalog exercises by position, which keeps the planner's inner loops free
/// of copies of whole exercises.
struct Draft {
    struct Selection {
        /// Position of the exercise in `catalog.exercises`.
        var index: Int
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
    /// Where the person is best placed (issue 12, point 5): older clients and fragile bones favour
    /// seated work over getting down to kneel; pain worse standing favours lying, kneeling and seated.
    var places = Places()
    /// Per phase ordinal, the selections in the order they were chosen (strongest finding first).
    var selections = [[Selection]](repeating: [], count: Phase.count)
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
                exercises: selections[phase.ordinal].map {
                    ProgramExercise(
                        id: catalog.exercises[$0.index].id, name: catalog.exercises[$0.index].name, dose: $0.dose,
                        side: $0.side, why: $0.why)
                })
        }
    }

    func isSelected(_ index: Int) -> Bool { selections.contains { $0.contains { $0.index == index } } }

    func startingDose(_ index: Int) -> ProgramDose {
        let dose = catalog.exercises[index].dose
        return ProgramDose(gentle ? catalog.exercises[index].doseRange.gentlest(perSide: dose.perSide) : dose)
    }

    /// Adds the exercise at `index` to its phase, or adds the reason to it when it is already there.
    /// Returns false when the phase is full.
    @discardableResult
    mutating func add(
        _ index: Int, why: String, side: Side = .both, protected: Bool = false, beyondLimit: Bool = false
    ) -> Bool {
        let phase = catalog.traits[index].phase
        let p = phase.ordinal
        if let existing = selections[p].firstIndex(where: { $0.index == index }) {
            if !selections[p][existing].why.contains(why) { selections[p][existing].why.append(why) }
            if selections[p][existing].side != side { selections[p][existing].side = .both }
            return true
        }
        // Never two variants of one drill in a session (issue 12, point 4): the variant already
        // chosen answers this reason too.
        if let variant = selectedVariant(of: index) {
            let (vp, position) = variant
            if !selections[vp][position].why.contains(why) { selections[vp][position].why.append(why) }
            return true
        }
        guard beyondLimit || selections[p].count < Planner.phaseLimit(phase, painNow: painNow) else { return false }
        selections[p].append(
            Selection(index: index, side: side, why: [why], dose: startingDose(index), protected: protected))
        return true
    }

    /// The chosen exercise that is a variant of the one at `index` (phase ordinal and position): one
    /// step along the same chain, or its one-sided version, done in the same position (the bird dog
    /// and its long hold; the bridge and the single-leg bridge). Seed 002's two bracing drills are
    /// prescribed together and are not variants of each other here.
    func selectedVariant(of index: Int) -> (Int, Int)? {
        let exercise = catalog.exercises[index]
        let linked = [exercise.progression, exercise.regression, exercise.unilateralVariant].compactMap { $0 }
        for phase in selections.indices {
            for (position, selection) in selections[phase].enumerated() {
                let other = catalog.exercises[selection.index]
                guard other.position == exercise.position, other.id != exercise.id else { continue }
                let related =
                    linked.contains(other.id)
                    || [other.progression, other.regression, other.unilateralVariant].contains(exercise.id)
                guard related,
                    !(Planner.bracingDrills.contains(other.id) && Planner.bracingDrills.contains(exercise.id))
                else { continue }
                return (phase, position)
            }
        }
        return nil
    }

    /// Whether `add` would take the exercise at `index`: it is already chosen, or its phase has room.
    func canAdd(_ index: Int) -> Bool {
        let p = catalog.traits[index].phase
        return selections[p.ordinal].count < Planner.phaseLimit(p, painNow: painNow)
            || selections[p.ordinal].contains { $0.index == index }
    }

    /// The first exercise of `phase` for `muscle` that suits the person; primary-target matches first.
    func pick(_ phase: Phase, for muscle: Muscle) -> Int? {
        let traits = catalog.traits
        // An exercise already in the program answers the muscle without adding time; among several,
        // the one the catalog ranks first for this muscle (primary target, then file order).
        func rank(_ index: Int) -> Int { (traits[index].primary == muscle ? 0 : traits.count) + index }
        var reused: Int?
        for selection in selections[phase.ordinal] where traits[selection.index].targets.contains(muscle) {
            if reused == nil || rank(selection.index) < rank(reused!) { reused = selection.index }
        }
        if let reused { return reused }
        var best: (index: Int, rank: Int)?
        for candidate in catalog.candidateIndices(phase: phase, muscle: muscle) {
            var choice: Int?
            if filters.allows(candidate) {
                choice = candidate
            } else if filters.notOnDayOne.contains(candidate),
                let easier = catalog.exercises[candidate].regression.flatMap(catalog.index(of:)),
                traits[easier].phase == phase, filters.allows(easier)
            {
                // Entry points follow the tests (issue 12, point 4): an exercise the tests hold back
                // from a first program starts one step easier, when that step suits the person.
                choice = easier
            }
            guard let choice else { continue }
            let rank = places.rank(traits[choice])
            if best == nil || rank < best!.rank { best = (choice, rank) }
            if rank == 0 { break }
        }
        return best?.index
    }

    /// "hip flexors overactive: Thomas test tight on the left; …", built in one allocation because the
    /// planner writes one per finding it answers.
    static func why(_ finding: MuscleFinding, overactive: Bool) -> String {
        // Plain words for the client (issue 12, point 9): "hip flexors", never `hipFlexors`.
        let name = finding.muscle.displayName
        let role = overactive ? " overactive: " : " underactive: "
        var text = ""
        text.reserveCapacity(
            name.utf8.count + role.utf8.count + finding.evidence.reduce(0) { $0 + $1.utf8.count + 2 })
        text += name
        text += role
        for (position, evidence) in finding.evidence.enumerated() {
            if position > 0 { text += "; " }
            text += evidence
        }
        return text
    }

    var generalWhy: String {
        "low back pain \(painNow)/10 with no specific weakness assessed: a staple of corrective work for the low back"
    }

    /// Inhibit then lengthen each overactive muscle, strongest finding first, except that a stiff
    /// upper back (long sitting, rounded shoulders) comes first: seed 000 starts at the top, and
    /// thoracic mobility is one of the staples (DOMAIN.md). Its first exercise is protected.
    mutating func addStretchingPhases() {
        var missing: [Muscle] = []
        var deferred: [Muscle] = []
        let order =
            findings.overactive.filter { $0.muscle == .thoracicSpine }
            + findings.overactive.filter { $0.muscle != .thoracicSpine }
        for finding in order {
            let staple = finding.muscle == .thoracicSpine
            var answered = false
            var full = false
            var why: String?  // built only when an exercise takes it: findings often outnumber the places
            for phase in [Phase.inhibit, .lengthen] {
                guard let index = pick(phase, for: finding.muscle) else { continue }
                guard canAdd(index) else {
                    full = true
                    continue
                }
                why = why ?? Draft.why(finding, overactive: true)
                add(index, why: why!, side: finding.side, protected: staple && !answered)
                answered = true
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

    /// For older clients and fragile bones (issue 12, points 5 and 10): rising from a chair before
    /// free squats, and supported balance work, since at this age a fall is the bigger danger
    /// (Giangregorio et al. 2014, "Too Fit To Fracture": balance and functional training for osteoporosis).
    mutating func addEverydayStrength() {
        let work = [
            (
                "sit-to-stand",
                "rising from a chair under control is the squat that matters most here, and it comes before free squats"
            ),
            (
                "supported-single-leg-stand",
                "balance work with a hand on a support: at this age, or with fragile bones, a fall is the bigger danger"
            ),
        ]
        for (id, why) in work {
            guard let index = catalog.index(of: id), filters.allows(index), canAdd(index) else { continue }
            add(index, why: why)
        }
    }

    /// Seeds 003 and 004's forearm plank, for a back whose bird dog showed good control with low pain:
    /// the basic bracing drills are behind such a person, and trunk endurance is what comes next.
    mutating func addTrunkEndurance() {
        guard let plank = catalog.index(of: "forearm-plank"), filters.allows(plank), canAdd(plank) else { return }
        add(
            plank,
            why: "the bird dog showed good control and the pain is low: holding a plank builds the trunk "
                + "endurance that protects the back next")
    }

    /// Directional preference (seed 003's knees-to-belly and superman; Long et al. 2004): movement in
    /// the direction that eases the pain. A back worse arching and better bending gets its knees hugged
    /// in; one worse bending, or fragile bones (extension-based trunk work, DOMAIN.md), gets the
    /// superman's gentle back extension.
    mutating func addDirectionalWork(osteoporosis: Bool) {
        if findings.avoid == [.extension] {
            // One knee at a time rounds the back less: the gentler choice for a painful back.
            let order =
                painNow >= ClinicalConditions.highPain
                ? ["single-knee-to-chest", "double-knee-to-chest"] : ["double-knee-to-chest", "single-knee-to-chest"]
            let hug = order.lazy.compactMap(catalog.index(of:))
            if let index = hug.first(where: filters.allows), canAdd(index) {
                add(
                    index,
                    why: "pain is worse arching back and eases bending forward: hugging the knees in rounds the low "
                        + "back gently, the direction that eases it")
            }
        }
        if findings.avoid == [.flexion] || osteoporosis, let index = catalog.index(of: "superman"),
            filters.allows(index), canAdd(index)
        {
            add(
                index,
                why: osteoporosis
                    ? "fragile bones: lifting gently from lying face down strengthens the back with the spine long, "
                        + "the trunk work that suits bones best"
                    : "pain is worse bending forward and eases arching back: gentle back-extension work in the "
                        + "direction that eases it")
        }
    }

    static let calmStartWhy =
        "a calm-it-down start for high pain: breathing and bracing steady the back before anything else"

    /// The bracing drills, protected, each with `why` (added to it when it is already there).
    mutating func addBracingDrills(why: String) {
        for id in Planner.bracingDrills {
            guard let drill = catalog.index(of: id), filters.allows(drill) else {
                unanswered.append(
                    "The bracing drill \"\(id)\" does not suit this person's findings; practise bracing in the "
                        + "positions that are comfortable instead.")
                continue
            }
            add(drill, why: why, protected: true, beyondLimit: true)
        }
    }

    /// Bracing drills first when the spine is unstable, then one exercise per underactive muscle.
    mutating func addActivation() {
        if findings.instability {
            addBracingDrills(
                why: "instability: \(findings.instabilityEvidence.joined(separator: "; ")); bracing drills come first, "
                    + "in short sets that end the moment the spine moves")
        }
        var missing: [Muscle] = []
        var deferred: [Muscle] = []
        for finding in findings.underactive {
            guard var index = pick(.activate, for: finding.muscle) else {
                missing.append(finding.muscle)
                continue
            }
            let original = index
            // Seed 002: when bridging hurts, start by squeezing the glutes without lifting; a
            // calm-it-down start (8/10 or more) starts there too.
            let calm = painNow >= ClinicalConditions.calmStartPain
            if findings.bridgePainful || calm, catalog.traits[index].primary == .gluteusMaximus, !isSelected(index),
                let easier = catalog.exercises[index].regression.flatMap(catalog.index(of:)), filters.allows(easier)
            {
                index = easier
            }
            guard canAdd(index) else {
                deferred.append(finding.muscle)
                continue
            }
            var why = Draft.why(finding, overactive: false)
            if index != original {
                why +=
                    findings.bridgePainful
                    ? "; the bridge hurt, so this starts one step easier"
                    : "; the pain is high, so this starts one step easier"
            }
            add(index, why: why)
        }
        report(missing: missing, deferred: deferred, role: "underactive", work: "activation exercise")
        if findings.underactive.isEmpty && !findings.instability {
            for muscle in [Muscle.gluteusMaximus, .intrinsicCore] {
                // Seed 002's pelvic tilt is the gentlest deep-trunk drill for a painful, stable back.
                let tilt = catalog.index(of: "pelvic-tilt").flatMap { filters.allows($0) ? $0 : nil }
                let gentlest = muscle == .intrinsicCore && painNow >= ClinicalConditions.highPain ? tilt : nil
                if let index = gentlest ?? pick(.activate, for: muscle) { add(index, why: generalWhy) }
            }
        }
    }

    /// The staples of every low-back program (seeds 000, 001, 002, 004; DOMAIN.md "The staples"):
    /// glute activation from the squeeze-to-bridge family and a motor-control drill, each added
    /// when the findings brought none and a suitable one exists. They are protected, so a short
    /// session trims extras before them, and they may go past the phase's limit, since nothing
    /// else should crowd them out.
    mutating func addStaples() {
        let gentleStart = gentle || findings.instability || painNow >= ClinicalConditions.highPain
        let glutes =
            findings.bridgePainful || painNow >= ClinicalConditions.calmStartPain
            ? ["glute-squeeze", "pelvic-tilt-to-bridge"] : Planner.gluteStaples
        // A staple the findings already chose is protected like an added one.
        protectFirst(of: Planner.gluteStaples)
        protectFirst(of: Planner.motorControlStaples)
        if !Planner.gluteStaples.contains(where: isSelected(id:)),
            let index = glutes.lazy.compactMap(catalog.index(of:)).first(where: filters.allows)
        {
            add(
                index, why: "a staple of every low-back program: waking up the glutes that share the back's work",
                protected: true, beyondLimit: true)
        }
        // Seed 002's pelvic tilts are the gentlest deep-trunk work for a painful back that is stable.
        let control =
            findings.instability
            ? ["brace-and-march", "neutral-spine-drill", "dead-bug"]
            : gentleStart
                ? ["pelvic-tilt", "brace-and-march", "neutral-spine-drill", "dead-bug"]
                : Planner.motorControlStaples
        if !Planner.motorControlStaples.contains(where: isSelected(id:)),
            let index = control.lazy.compactMap(catalog.index(of:)).first(where: filters.allows)
        {
            add(
                index,
                why: "a staple of every low-back program: control of the deep trunk muscles that steady the spine",
                protected: true, beyondLimit: true)
        }
    }

    func isSelected(id: String) -> Bool { catalog.index(of: id).map(isSelected) ?? false }

    /// Marks the first selected exercise of `family` protected from trimming.
    private mutating func protectFirst(of family: [String]) {
        for phase in selections.indices {
            if let position = selections[phase].firstIndex(where: { family.contains(catalog.exercises[$0.index].id) }) {
                selections[phase][position].protected = true
                return
            }
        }
    }

    /// Whole movements that use the most underactive muscles together.
    mutating func addIntegration() {
        var weights = [Int](repeating: 0, count: Muscle.count)
        for finding in findings.underactive { weights[finding.muscle.ordinal] = finding.weight }
        let exercises = catalog.exercises
        var ranked: [(index: Int, score: Int)] = []
        for index in catalog.indices(in: .integrate) where filters.allows(index) {
            ranked.append((index, exercises[index].targets.reduce(0) { $0 + weights[$1.ordinal] }))
        }
        // Where the person is best placed first (a back worse standing: at most one standing move),
        // then the highest score; on a tie the catalog's order of preference.
        if places.isNeutral {
            ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        } else {
            let traits = catalog.traits
            let places = self.places
            ranked.sort {
                let (a, b) = (places.rank(traits[$0.index]), places.rank(traits[$1.index]))
                return a != b ? a < b : $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index
            }
            if places.avoidStanding, let kept = ranked.first(where: { traits[$0.index].position == .standing })?.index {
                ranked.removeAll { traits[$0.index].position == .standing && $0.index != kept }
            }
        }
        let limit = Planner.phaseLimit(.integrate, painNow: painNow) - selections[Phase.integrate.ordinal].count
        for (index, score) in ranked.prefix(max(0, limit)) where score > 0 {
            let exercise = exercises[index]
            let answered = findings.underactive.filter { exercise.targets.contains($0.muscle) }
            let names = answered.map(\.muscle.displayName).joined(separator: ", ")
            add(index, why: "integrates the underactive \(names) into a whole movement")
        }
        if selections[Phase.integrate.ordinal].isEmpty, let first = ranked.first {
            add(first.index, why: generalWhy + "; practises the activated muscles in a whole movement")
        }
    }

    /// Low-impact aerobic work on top (seed 002): walking, or cycling or swimming when walking hurts.
    mutating func addConditioning(walkingHurts: Bool) {
        let exercises = catalog.exercises
        let options = catalog.indices(in: .condition).filter(filters.allows)
        let walking = options.first { exercises[$0].id == "walking" }
        let other = options.first { exercises[$0].id != "walking" }
        guard let index = walkingHurts ? (other ?? walking) : (walking ?? other) else { return }
        let choice = exercises[index]
        var why = "low back pain \(painNow)/10: easy aerobic work eases stiffness and supports recovery"
        if findings.sedentary { why += "; active only one day a week or less, so it starts short" }
        if walkingHurts && choice.id == "walking" { why += "; walking aggravates the pain, so keep it short and easy" }
        add(index, why: why)
        if findings.sedentary || walkingHurts || painNow >= ClinicalConditions.calmStartPain,
            let minimum = choice.doseRange.minutes
        {
            selections[Phase.condition.ordinal][0].dose.minutes = minimum.lowerBound
        }
    }

    /// Seed 004: swap bilateral moves for single-side versions and give the weaker side extra sets.
    mutating func favourWeakSide() {
        guard let weak = findings.weakSide, let evidence = findings.weakSideEvidence else { return }
        let why = ProgramExercise.weakSideReason(weak, evidence: evidence)
        let exercises = catalog.exercises
        let strength = [Phase.activate.ordinal, Phase.integrate.ordinal]
        for p in strength {
            for position in selections[p].indices {
                guard let variantID = exercises[selections[p][position].index].unilateralVariant,
                    let variant = catalog.index(of: variantID), filters.allows(variant), !isSelected(variant)
                else { continue }
                selections[p][position].index = variant
                selections[p][position].dose = startingDose(variant)
            }
        }
        let hasUnilateral = strength.contains { p in
            selections[p].contains { exercises[$0.index].laterality == .unilateral }
        }
        if !hasUnilateral {
            let sideWork =
                (catalog.candidateIndices(phase: .activate, muscle: .obliques)
                + catalog.candidateIndices(phase: .activate, muscle: .gluteusMedius))
                .first { exercises[$0].laterality == .unilateral && filters.allows($0) }
            if let sideWork {
                // The weaker side is a finding of its own; it earns a place even in a full block.
                add(sideWork, why: why, beyondLimit: true)
            } else {
                unanswered.append(
                    "Weaker \(weak.rawValue) side (\(evidence)), but no single-side exercise suits this person yet; "
                        + "work the sides separately once the findings allow it.")
            }
        }
        for p in strength {
            for position in selections[p].indices
            where exercises[selections[p][position].index].laterality == .unilateral {
                let range = exercises[selections[p][position].index].doseRange.sets
                // Keep the weaker side's total inside the catalog's range where the range allows it.
                if selections[p][position].dose.sets + 1 > range.upperBound
                    && selections[p][position].dose.sets > range.lowerBound
                {
                    selections[p][position].dose.sets -= 1
                }
                selections[p][position].dose.weakSideExtraSets = 1
                if !selections[p][position].why.contains(why) { selections[p][position].why.append(why) }
            }
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

/// Where a person is best placed for their exercises (issue 12, point 5).
struct Places {
    /// Older clients (65 and over) and fragile bones: work on a chair before getting down to kneel
    /// or sit on the floor.
    var preferSeated = false
    /// Pain worse standing (and not better standing): lying, kneeling and seated work first.
    var avoidStanding = false

    /// No preference: every place ranks alike.
    var isNeutral: Bool { !preferSeated && !avoidStanding }

    /// 0 for the best placed; higher is less suited.
    func rank(_ exercise: ExerciseTraits) -> Int {
        let position = exercise.position
        if avoidStanding && position == .standing { return 2 }
        if preferSeated && position == .seated && exercise.usesChair { return 0 }
        if preferSeated && (position == .kneeling || position == .seated) { return 2 }
        return preferSeated || avoidStanding ? 1 : 0
    }
}
