/// Where the person is on the road: working on the causes, or keeping the gains.
public enum Stage: String, CaseIterable, Codable, Hashable, Sendable {
    case corrective, maintenance
}

/// A program exercise's dose: the catalog's figures plus extra sets for the weaker side.
public struct ProgramDose: Equatable, Hashable, Sendable {
    public var sets: Int
    public var reps: Int?
    public var holdSeconds: Int?
    public var minutes: Int?
    public var perSide: Bool
    public var weakSideExtraSets: Int

    public init(_ dose: Dose, weakSideExtraSets: Int = 0) {
        self.sets = dose.sets
        self.reps = dose.reps
        self.holdSeconds = dose.holdSeconds
        self.minutes = dose.minutes
        self.perSide = dose.perSide
        self.weakSideExtraSets = weakSideExtraSets
    }

    public var base: Dose { Dose(sets: sets, reps: reps, holdSeconds: holdSeconds, minutes: minutes, perSide: perSide) }
}

/// The progression engine's verdict on one exercise (filled in by `lumbar next`).
public struct ProgressionNote: Equatable, Hashable, Sendable {
    public enum Verdict: String, CaseIterable, Sendable { case progress, hold, regress }
    public var decision: Verdict
    public var reason: String
    /// The id the exercise had before a progress or regress replaced it.
    public var from: String?
    /// Set when the exercise still hurt too much at its gentlest dose with nothing easier to step
    /// to: the client leaves it out of their sessions until the trainer reviews the program (an
    /// extension of the contract's progression note, written only when true).
    public var leftOut: Bool

    public init(decision: Verdict, reason: String, from: String? = nil, leftOut: Bool = false) {
        self.decision = decision
        self.reason = reason
        self.from = from
        self.leftOut = leftOut
    }
}

public struct ProgramExercise: Equatable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var dose: ProgramDose
    public var side: Side
    /// Each entry names the finding the exercise answers.
    public var why: [String]
    public var progression: ProgressionNote?

    public init(
        id: String, name: String, dose: ProgramDose, side: Side, why: [String], progression: ProgressionNote? = nil
    ) {
        self.id = id
        self.name = name
        self.dose = dose
        self.side = side
        self.why = why
        self.progression = progression
    }
}

public struct ProgramBlock: Equatable, Hashable, Sendable {
    public var phase: Phase
    public var exercises: [ProgramExercise]

    public init(phase: Phase, exercises: [ProgramExercise]) {
        self.phase = phase
        self.exercises = exercises
    }
}

/// The findings as the program reports them: muscle names only, evidence lives in each `why`.
public struct ProgramFindings: Equatable, Hashable, Sendable {
    public var overactive: [Muscle]
    public var underactive: [Muscle]
    public var weakSide: Side?
    public var instability: Bool
    public var intolerance: SpinalDirection?
    /// Directions of spinal load whose exercises the program keeps out: the intolerance, or both
    /// when the pattern is mixed (an extension of the contract's findings).
    public var avoid: [SpinalDirection]
    /// Conditions that still hold after a medical clearance and rule exercises out, so that edits
    /// and progressions keep them out too (an extension of the contract's findings).
    public var conditions: [ClinicalCondition]

    public static let none = ProgramFindings(
        overactive: [], underactive: [], weakSide: nil, instability: false, intolerance: nil, avoid: [])

    /// `avoid` defaults to the intolerance alone.
    public init(
        overactive: [Muscle], underactive: [Muscle], weakSide: Side?, instability: Bool, intolerance: SpinalDirection?,
        avoid: [SpinalDirection]? = nil, conditions: [ClinicalCondition] = []
    ) {
        self.overactive = overactive
        self.underactive = underactive
        self.weakSide = weakSide
        self.instability = instability
        self.intolerance = intolerance
        self.avoid = avoid ?? intolerance.map { [$0] } ?? []
        self.conditions = conditions
    }

    public init(_ findings: Findings, conditions: Set<ClinicalCondition> = []) {
        self.init(
            overactive: findings.overactive.map(\.muscle), underactive: findings.underactive.map(\.muscle),
            weakSide: findings.weakSide, instability: findings.instability, intolerance: findings.intolerance,
            avoid: SpinalDirection.allCases.filter(findings.avoid.contains),
            conditions: ClinicalCondition.allCases.filter(conditions.contains))
    }
}

public struct Schedule: Equatable, Hashable, Sendable {
    public var daysPerWeek: Int
    public var minutesPerSession: Int

    public init(daysPerWeek: Int, minutesPerSession: Int) {
        self.daysPerWeek = daysPerWeek
        self.minutesPerSession = minutesPerSession
    }
}

/// Sessions done versus scheduled over the logged weeks (filled in by `lumbar next`).
public struct Adherence: Equatable, Hashable, Sendable {
    public var scheduled: Int
    public var done: Int
    public var rate: Double

    public init(scheduled: Int, done: Int) {
        self.scheduled = scheduled
        self.done = done
        self.rate = scheduled == 0 ? 0 : (Double(done) / Double(scheduled) * 100).rounded() / 100
    }
}

/// A `lumbar.program/1` document.
public struct Program: Equatable, Hashable, Sendable {
    public static let schema = "lumbar.program/1"

    public var decision: Decision
    public var reasons: [String]
    public var findings: ProgramFindings
    public var schedule: Schedule
    public var estimatedMinutes: Int
    public var stage: Stage
    /// Always the five phases in continuum order when the decision is `proceed`; empty otherwise.
    public var blocks: [ProgramBlock]
    public var cautions: [String]
    /// Program-level warnings from `lumbar next`; nil on a freshly planned program.
    public var alerts: [String]?
    public var adherence: Adherence?

    public init(
        decision: Decision, reasons: [String], findings: ProgramFindings, schedule: Schedule, estimatedMinutes: Int,
        stage: Stage, blocks: [ProgramBlock], cautions: [String], alerts: [String]? = nil, adherence: Adherence? = nil
    ) {
        self.decision = decision
        self.reasons = reasons
        self.findings = findings
        self.schedule = schedule
        self.estimatedMinutes = estimatedMinutes
        self.stage = stage
        self.blocks = blocks
        self.cautions = cautions
        self.alerts = alerts
        self.adherence = adherence
    }

    public var allExercises: [ProgramExercise] { blocks.flatMap(\.exercises) }

    /// The program as the client follows it: without the exercises progression left out until the
    /// trainer reviews them. Pages and the player a client sees use this, never `blocks` directly.
    public var asFollowed: Program {
        var program = self
        for index in program.blocks.indices {
            program.blocks[index].exercises.removeAll { $0.progression?.leftOut == true }
        }
        return program
    }

    /// The exercises left out of the client's sessions until the program is reviewed.
    public var leftOut: [ProgramExercise] { allExercises.filter { $0.progression?.leftOut == true } }

    /// Whether the program rolls anything (its inhibit block has an exercise).
    public var rolls: Bool { blocks.contains { $0.phase == .inhibit && !$0.exercises.isEmpty } }
}
