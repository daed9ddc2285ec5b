/// Turns an assessment into a program: screening first, then findings, then the corrective
/// continuum (inhibit → lengthen → activate → integrate, conditioning on top), fitted to the
/// person's equipment, directional intolerance and time. Pure and deterministic.
public struct Planner: Sendable {
    public let catalog: Catalog

    public init(catalog: Catalog) { self.catalog = catalog }

    /// Seed 004: daily or every other day. Three days is where a new client starts when unasked.
    public static let defaultDaysPerWeek = 3
    public static let defaultMinutesPerSession = 30
    /// What a person is assumed to have at home when the assessment does not list equipment.
    public static let homeKit: Set<Equipment> = [.mat, .foamRoller, .towel, .wall, .chair]
    /// At most this many exercises per phase, so a long list of findings still gives a focused session.
    public static func perPhaseLimit(_ phase: Phase) -> Int {
        switch phase {
        case .inhibit, .lengthen: return 3
        case .activate: return 4
        case .integrate: return 2
        case .condition: return 1
        }
    }
    /// The limit of `phase` for someone with `painNow`: fewer exercises from 6/10 (DOMAIN.md: a
    /// gentler start), and from 8/10 (cleared) a calm-it-down start of bracing, one gentle stretch,
    /// the glute staple and a walk, with no rolling and no whole-body movement.
    public static func phaseLimit(_ phase: Phase, painNow: Int) -> Int {
        if painNow >= ClinicalConditions.calmStartPain {
            switch phase {
            case .inhibit, .integrate: return 0
            case .lengthen, .condition: return 1
            case .activate: return 3
            }
        }
        if painNow >= ClinicalConditions.highPain {
            switch phase {
            case .inhibit, .lengthen: return 2
            case .activate: return 3
            case .integrate, .condition: return 1
            }
        }
        return perPhaseLimit(phase)
    }

    /// Entry points follow the tests (issue 12, point 4): the first prescription of a chain is never
    /// past what the test showed. A bird dog whose spine shifts starts at the bird dog, never its long
    /// hold or a loaded hinge; a bridge that arched the back, pushed through the toes or hurt starts at (or below) the
    /// two-leg bridge, never the slow-lowering or single-leg one. Progression may reach them later.
    /// Feet that turn out in the squat get no wide, toes-out squat hold, which rehearses the fault.
    static func notOnDayOne(_ assessment: Assessment) -> Set<String> {
        let tests = assessment.tests
        var ids = Set<String>()
        if assessment.overheadSquat?.contains(.feetTurnOut) == true { ids.insert("frog-squat-hold") }
        // Control before load (seed 002): an unstable spine starts without long holds or loaded hinges.
        if tests.birdDog == .spineShifts || tests.instability == true {
            ids.formUnion(["bird-dog-hold", "hip-hinge-deadlift", "good-morning", "single-leg-deadlift"])
        }
        // A side plank under 30 s on the shorter side (McGill's healthy norms are two to three times
        // that) starts from the front plank on the forearms, its easier step.
        if let plank = tests.sidePlankSeconds, min(plank.left ?? .infinity, plank.right ?? .infinity) < 30 {
            ids.insert("side-plank")
        }
        if let bridge = tests.bridge, bridge != .good {
            ids.formUnion(["slow-lowering-bridge", "single-leg-glute-bridge"])
        }
        return ids
    }

    /// From this age the planner favours seated work, rising from a chair and balance (issue 12, point 5).
    public static let olderAge = 65

    /// The days a week of a calm-it-down start: fewer, two at most (DOMAIN.md).
    public static let calmStartDays = 2

    /// The motor-control drills that open the activate block when the spine is unstable (seed 002).
    public static let bracingDrills = ["neutral-spine-drill", "brace-and-march"]
    /// The glute staple, squeeze to bridge family, in the order one is chosen (DOMAIN.md "The staples").
    public static let gluteStaples = [
        "glute-bridge", "glute-squeeze", "pelvic-tilt-to-bridge", "slow-lowering-bridge", "single-leg-glute-bridge",
    ]
    /// The motor-control staple: bracing with limb movement, dead bug, bird dog, curl-up, planks.
    public static let motorControlStaples = [
        "dead-bug", "bird-dog", "brace-and-march", "neutral-spine-drill", "brace-arms-overhead",
        "brace-alternating-flies", "heel-dips", "mcgill-curl-up", "forearm-plank", "side-plank", "quadruped-leg-reach",
        "bird-dog-hold", "pelvic-tilt",
    ]

    public static let stopRule = StopRule.text
    public static let foamRollingRule =
        "When foam rolling, skip any spot where you feel a pulse or nerve tingling, and never roll the low back itself."

    public func plan(_ assessment: Assessment) -> Program {
        let screening = Screening.screen(assessment)
        let calmStart = assessment.pain.now >= ClinicalConditions.calmStartPain
        let requestedDays = assessment.preferences.daysPerWeek ?? Planner.defaultDaysPerWeek
        let schedule = Schedule(
            daysPerWeek: calmStart ? min(requestedDays, Planner.calmStartDays) : requestedDays,
            minutesPerSession: assessment.preferences.minutesPerSession ?? Planner.defaultMinutesPerSession)
        guard screening.decision == .proceed else {
            return Program(
                decision: screening.decision, reasons: screening.reasons, findings: .none, schedule: schedule,
                estimatedMinutes: 0, stage: .corrective, blocks: [], cautions: [screening.advice] + screening.cautions)
        }

        let findings = Findings.derive(from: assessment)
        let conditions = ClinicalConditions.of(assessment, findings: findings)
        var draft = Draft(
            catalog: catalog, findings: findings,
            filters: Filters(
                catalog: catalog, equipment: assessment.preferences.equipment.map(Set.init) ?? Planner.homeKit,
                avoid: findings.avoid, instability: findings.instability,
                underactive: findings.underactive.map(\.muscle), overactive: findings.overactive.map(\.muscle),
                conditions: conditions,
                notOnDayOne: Planner.notOnDayOne(assessment)),
            gentle: screening.gentle, painNow: assessment.pain.now)

        let older = (assessment.client.age ?? 0) >= Planner.olderAge || conditions.contains(.osteoporosis)
        draft.places = Places(
            preferSeated: older,
            avoidStanding: assessment.pain.worseWith.contains(.standing)
                && !assessment.pain.betterWith.contains(.standing))
        if calmStart { draft.addBracingDrills(why: Draft.calmStartWhy) }
        draft.addDirectionalWork(osteoporosis: conditions.contains(.osteoporosis))
        draft.addStretchingPhases()
        draft.addActivation()
        if assessment.tests.birdDog == .good, assessment.pain.now <= 3, !findings.instability {
            draft.addTrunkEndurance()
        }
        draft.addStaples()
        if older { draft.addEverydayStrength() }
        draft.addIntegration()
        draft.addConditioning(walkingHurts: assessment.pain.worseWith.contains(.walking))
        draft.favourWeakSide()
        let leftOut = draft.fit(minutes: schedule.minutesPerSession)

        var cautions = screening.cautions + ClinicalConditions.cautions(assessment, conditions: conditions)
        cautions.append(Planner.stopRule)
        // The rolling rule only where there is rolling: a caution that does not apply teaches people
        // to skip cautions (swaps stay inside a phase, so no later edit adds rolling).
        if !draft.selections[Phase.inhibit.ordinal].isEmpty {
            cautions.append(Planner.foamRollingRule)
        }
        cautions += draft.guidance(daysPerWeek: schedule.daysPerWeek)
        cautions += findings.notes + draft.unanswered
        if !leftOut.isEmpty {
            cautions.append(
                "Left out to fit \(schedule.minutesPerSession) minutes: \(leftOut.joined(separator: ", ")). "
                    + "Add them back on days with more time.")
        }

        return Program(
            decision: .proceed, reasons: [], findings: ProgramFindings(findings, conditions: conditions),
            schedule: schedule,
            estimatedMinutes: draft.minutes, stage: .corrective, blocks: draft.blocks,
            cautions: cautions)
    }
}

/// Which catalog exercises suit this person.
struct Filters {
    let traits: [ExerciseTraits]
    /// Bit `n` set when the person has the equipment of ordinal `n`.
    let equipment: UInt32
    let avoid: Set<SpinalDirection>
    let instability: Bool
    let underactive: MuscleMask
    /// Muscles found overactive: no activate or integrate exercise may strengthen one.
    let overactive: MuscleMask
    /// Bit `n` set when the person has the clinical condition of ordinal `n`.
    let conditions: UInt8
    /// Catalog positions the test results keep out of a first program (`Planner.notOnDayOne`).
    let notOnDayOne: Set<Int>

    init(
        catalog: Catalog, equipment: Set<Equipment>, avoid: Set<SpinalDirection>, instability: Bool,
        underactive: [Muscle], overactive: [Muscle] = [], conditions: Set<ClinicalCondition> = [],
        notOnDayOne: Set<String> = []
    ) {
        self.traits = catalog.traits
        self.equipment = equipment.reduce(0) { $0 | 1 << UInt32($1.ordinal) }
        self.avoid = avoid
        self.instability = instability
        self.underactive = MuscleMask(underactive)
        self.overactive = MuscleMask(overactive)
        self.conditions = ClinicalCondition.mask(conditions)
        self.notOnDayOne = Set(notOnDayOne.compactMap(catalog.index(of:)))
    }

    /// Whether the catalog exercise at `index` suits the person.
    func allows(_ index: Int) -> Bool {
        let exercise = traits[index]
        guard exercise.equipment & ~equipment == 0 else { return false }
        // A cleared condition still holds (DOMAIN.md): osteoporosis, nerve symptoms in the leg.
        guard exercise.unsuitableFor & conditions == 0 else { return false }
        guard notOnDayOne.isEmpty || !notOnDayOne.contains(index) else { return false }
        if let direction = exercise.intolerance, avoid.contains(direction) { return false }
        // Seed 002: when the problem is instability, stretching the low back makes it worse.
        if instability && exercise.stretchesLowBack { return false }
        // Never roll or stretch a muscle that is already underactive, and never strengthen one that
        // is overactive, whichever of the exercise's targets it is (issue 12, point 6).
        if exercise.phase == .inhibit || exercise.phase == .lengthen {
            return !exercise.targets.intersects(underactive)
        }
        if exercise.phase == .activate || exercise.phase == .integrate {
            return !exercise.targets.intersects(overactive)
        }
        return true
    }
}
