/// How much of an exercise to do. `reps`, `holdSeconds` and `minutes` are nil when they do not apply.
public struct Dose: Equatable, Hashable, Sendable {
    public var sets: Int
    public var reps: Int?
    public var holdSeconds: Int?
    public var minutes: Int?
    public var perSide: Bool

    public init(sets: Int, reps: Int? = nil, holdSeconds: Int? = nil, minutes: Int? = nil, perSide: Bool = false) {
        self.sets = sets
        self.reps = reps
        self.holdSeconds = holdSeconds
        self.minutes = minutes
        self.perSide = perSide
    }
}

/// The allowed range of each dose figure; a figure that does not apply has no range.
public struct DoseRange: Equatable, Hashable, Sendable {
    public var sets: ClosedRange<Int>
    public var reps: ClosedRange<Int>?
    public var holdSeconds: ClosedRange<Int>?
    public var minutes: ClosedRange<Int>?

    public init(
        sets: ClosedRange<Int>, reps: ClosedRange<Int>? = nil, holdSeconds: ClosedRange<Int>? = nil,
        minutes: ClosedRange<Int>? = nil
    ) {
        self.sets = sets
        self.reps = reps
        self.holdSeconds = holdSeconds
        self.minutes = minutes
    }

    /// True when every figure of `dose` is present exactly where a range is, and inside it.
    public func contains(_ dose: Dose) -> Bool {
        func fits(_ value: Int?, _ range: ClosedRange<Int>?) -> Bool {
            switch (value, range) {
            case (nil, nil): return true
            case let (value?, range?): return range.contains(value)
            default: return false
            }
        }
        return sets.contains(dose.sets) && fits(dose.reps, reps) && fits(dose.holdSeconds, holdSeconds)
            && fits(dose.minutes, minutes)
    }

    /// The gentlest dose in range: fewest sets, reps, seconds and minutes.
    public func gentlest(perSide: Bool) -> Dose {
        Dose(
            sets: sets.lowerBound, reps: reps?.lowerBound, holdSeconds: holdSeconds?.lowerBound,
            minutes: minutes?.lowerBound, perSide: perSide)
    }
}

/// One exercise of the catalog.
public struct Exercise: Equatable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var phase: Phase
    public var summary: String
    /// Primary muscle first.
    public var targets: [Muscle]
    public var laterality: Laterality
    public var position: Position
    public var equipment: [Equipment]
    public var dose: Dose
    public var doseRange: DoseRange
    public var progression: String?
    public var regression: String?
    /// The single-side version that replaces this one when a weaker side needs extra work.
    public var unilateralVariant: String?
    public var cues: [String]
    public var cautions: [String]
    /// The spinal load that makes this exercise unsuitable for someone intolerant of it.
    public var intolerance: SpinalDirection?
    /// Conditions the exercise does not suit even after a medical clearance (osteoporosis: loaded
    /// or end-range flexion, twisting, loaded hinges, rolling the spine; leg nerve symptoms:
    /// positions that tension the nerve).
    public var unsuitableFor: [ClinicalCondition]
    /// Other names people search by, such as the seeds' own ("Cross" for the lying cross-over twist).
    public var aliases: [String]
    public var sources: [String]

    public var primaryTarget: Muscle { targets[0] }

    /// True for a stretch that lengthens the low back itself, which instability rules out (seed 002).
    public var stretchesLowBack: Bool { phase == .lengthen && targets.contains(.erectorSpinae) }

    public init(
        id: String, name: String, phase: Phase, summary: String, targets: [Muscle], laterality: Laterality,
        position: Position, equipment: [Equipment], dose: Dose, doseRange: DoseRange, progression: String? = nil,
        regression: String? = nil, unilateralVariant: String? = nil, cues: [String], cautions: [String],
        intolerance: SpinalDirection? = nil, unsuitableFor: [ClinicalCondition] = [], aliases: [String] = [],
        sources: [String] = []
    ) {
        self.id = id
        self.name = name
        self.phase = phase
        self.summary = summary
        self.targets = targets
        self.laterality = laterality
        self.position = position
        self.equipment = equipment
        self.dose = dose
        self.doseRange = doseRange
        self.progression = progression
        self.regression = regression
        self.unilateralVariant = unilateralVariant
        self.cues = cues
        self.cautions = cautions
        self.intolerance = intolerance
        self.unsuitableFor = unsuitableFor
        self.aliases = aliases
        self.sources = sources
    }
}

extension Exercise {
    /// The first of `conditions` this exercise does not suit, if any.
    public func unsuitableCondition(in conditions: [ClinicalCondition]) -> ClinicalCondition? {
        unsuitableFor.first(where: conditions.contains)
    }
}
