import LumbarJSON

/// A muscle judged overactive or underactive, with the observations that point to it.
public struct MuscleFinding: Equatable, Hashable, Sendable {
    public var muscle: Muscle
    /// Plain-words observations, strongest first ("Thomas test tight on the left").
    public var evidence: [String]
    /// `left`/`right` when every observation concerns one side only.
    public var side: Side
    /// Sum of the evidence weights; orders findings and settles conflicts.
    public var weight: Int
}

/// What the assessment says about the person's body, each finding with its evidence.
public struct Findings: Equatable, Sendable {
    public var overactive: [MuscleFinding]
    public var underactive: [MuscleFinding]
    public var weakSide: Side?
    public var weakSideEvidence: String?
    public var instability: Bool
    public var instabilityEvidence: [String]
    /// The single dominant direction of intolerance, as the contract reports it.
    public var intolerance: SpinalDirection?
    public var intoleranceEvidence: String?
    /// Directions whose end-range exercises are left out: the intolerance, or both when the
    /// pattern is mixed.
    public var avoid: Set<SpinalDirection>
    public var bridgePainful: Bool
    /// Active one day a week or less.
    public var sedentary: Bool
    /// Conflicts and mixed patterns the trainer should know about.
    public var notes: [String]

    public static let empty = Findings(
        overactive: [], underactive: [], weakSide: nil, weakSideEvidence: nil, instability: false,
        instabilityEvidence: [], intolerance: nil, intoleranceEvidence: nil, avoid: [], bridgePainful: false,
        sedentary: false, notes: [])

    public func isOveractive(_ muscle: Muscle) -> Bool { overactive.contains { $0.muscle == muscle } }
    public func isUnderactive(_ muscle: Muscle) -> Bool { underactive.contains { $0.muscle == muscle } }
}

extension Findings {
    /// Weights of each kind of observation: a direct test of a muscle says more than a posture.
    enum Weight {
        static let lengthTest = 3
        static let controlTest = 3
        static let squat = 2
        static let posture = 1
        static let lifestyle = 1
    }

    /// Sitting this many hours a day or more counts as "long sitting" (seeds 000, 001).
    public static let longSittingHours = 6.0
    /// A side-plank time more than this fraction below the other side marks the weaker side.
    public static let sidePlankGap = 0.25

    /// Derives the findings from an assessment. Pure and deterministic.
    public static func derive(from assessment: Assessment) -> Findings {
        var collector = EvidenceCollector()

        for compensation in assessment.overheadSquat ?? [] {
            let text = "overhead squat: \(compensation.phrase)"
            switch compensation {
            case .shiftsLeft, .shiftsRight:
                let side: Side = compensation == .shiftsLeft ? .left : .right
                for entry in CompensationTable.shiftImbalance(toward: side) {
                    collector.add(
                        entry.muscle, overactive: entry.overactive, "\(text) (\(entry.side.rawValue) side)",
                        Weight.squat, side: entry.side)
                }
            default:
                let imbalance = CompensationTable.imbalance(for: compensation)
                imbalance.overactive.forEach { collector.add($0, overactive: true, text, Weight.squat) }
                imbalance.underactive.forEach { collector.add($0, overactive: false, text, Weight.squat) }
            }
        }

        for posture in assessment.posture ?? [] {
            let imbalance = CompensationTable.imbalance(for: posture)
            let text = "posture: \(posture.phrase)"
            imbalance.overactive.forEach { collector.add($0, overactive: true, text, Weight.posture) }
            imbalance.underactive.forEach { collector.add($0, overactive: false, text, Weight.posture) }
        }

        if let hours = assessment.lifestyle.sittingHours, hours >= longSittingHours {
            let text = "sits about \(JSONWriter.format(hours.rounded())) h a day"
            collector.add(.hipFlexors, overactive: true, text, Weight.lifestyle)
            collector.add(.piriformis, overactive: true, text, Weight.lifestyle)
            // Seed 000: a day at a desk stiffens the upper back too, which rolling it answers.
            collector.add(.thoracicSpine, overactive: true, text, Weight.lifestyle)
            collector.add(.gluteusMaximus, overactive: false, text, Weight.lifestyle)
        }

        let tests = assessment.tests
        // A straight-leg raise that brings on leg symptoms is a nerve sign, not short hamstrings
        // (DOMAIN.md, second round): only `tight` counts as tightness.
        let lengthTests: [(Side?, String, Muscle)] = [
            (tests.thomas?.sides(where: .tight), "Thomas test", .hipFlexors),
            (tests.straightLegRaise?.sides(where: .tight), "straight-leg raise", .hamstrings),
            (tests.piriformis?.sides(where: .tight), "piriformis test", .piriformis),
        ]
        for (tightSide, name, muscle) in lengthTests {
            guard let side = tightSide else { continue }
            let whereText = side == .both ? "on both sides" : "on the \(side.rawValue)"
            collector.add(muscle, overactive: true, "\(name) tight \(whereText)", Weight.lengthTest, side: side)
        }

        var bridgePainful = false
        switch tests.bridge {
        case .archesBack?:
            collector.add(.gluteusMaximus, overactive: false, "bridge test: the low back arches", Weight.controlTest)
            collector.add(.erectorSpinae, overactive: true, "bridge test: the low back arches", Weight.posture)
        case .pushesThroughToes?:
            collector.add(
                .gluteusMaximus, overactive: false, "bridge test: pushes through the toes", Weight.controlTest)
        case .painful?:
            collector.add(.gluteusMaximus, overactive: false, "bridge test: painful", Weight.controlTest)
            bridgePainful = true
        case .good?, nil:
            break
        }

        var instabilityEvidence: [String] = []
        if tests.instability == true { instabilityEvidence.append("instability noted by the trainer") }
        if tests.birdDog == .spineShifts { instabilityEvidence.append("bird dog: the spine shifts") }
        for text in instabilityEvidence {
            collector.add(.intrinsicCore, overactive: false, text, Weight.controlTest)
        }

        var weakSide: Side?
        var weakSideEvidence: String?
        if let plank = tests.sidePlankSeconds, let left = plank.left, let right = plank.right, max(left, right) > 0 {
            let stronger = max(left, right)
            let gap = (stronger - min(left, right)) / stronger
            if gap > sidePlankGap {
                weakSide = left < right ? .left : .right
                weakSideEvidence =
                    "side plank held \(JSONWriter.format(left.rounded())) s on the left and "
                    + "\(JSONWriter.format(right.rounded())) s on the right (\(Int((gap * 100).rounded())) % less "
                    + "on the \(weakSide!.rawValue))"
            }
        }

        let direction = DirectionalPreference(pain: assessment.pain)
        let (overactive, underactive, notes) = collector.resolve()
        return Findings(
            overactive: overactive, underactive: underactive, weakSide: weakSide, weakSideEvidence: weakSideEvidence,
            instability: !instabilityEvidence.isEmpty, instabilityEvidence: instabilityEvidence,
            intolerance: direction.intolerance, intoleranceEvidence: direction.evidence, avoid: direction.avoid,
            bridgePainful: bridgePainful,
            sedentary: (assessment.lifestyle.activeDaysPerWeek ?? 7) <= 1,
            notes: notes + (direction.note.map { [$0] } ?? []))
    }
}

/// Gathers observations per muscle and settles muscles that look both over- and underactive.
struct EvidenceCollector {
    /// Observations about one muscle in one direction, kept strongest first (first seen first among
    /// equals), so the evidence list needs no sorting later.
    private struct Entry {
        var texts: [String] = []
        /// Weights of `texts`, four bits each (weights are 1–3), so they need no array of their own.
        var weights: UInt64 = 0
        var sides: (left: Bool, right: Bool) = (false, false)
        var weight = 0

        func weight(at index: Int) -> Int { Int((weights >> UInt64(4 * index)) & 0xF) }

        mutating func insert(_ text: String, _ weight: Int) {
            if let index = texts.firstIndex(of: text) {
                guard weight > self.weight(at: index) else { return }
                self.weight -= self.weight(at: index)
                texts.remove(at: index)
                weights = Self.removing(index, from: weights)
            }
            guard texts.count < 16 else { return }  // more observations than any assessment can produce
            let position = (0..<texts.count).first { self.weight(at: $0) < weight } ?? texts.count
            texts.insert(text, at: position)
            weights = Self.inserting(UInt64(min(weight, 15)), at: position, into: weights)
            self.weight += weight
        }

        static func removing(_ index: Int, from packed: UInt64) -> UInt64 {
            let shift = UInt64(4 * index)
            let low = packed & ((1 << shift) &- 1)
            return low | ((packed >> (shift + 4)) << shift)
        }

        static func inserting(_ value: UInt64, at index: Int, into packed: UInt64) -> UInt64 {
            let shift = UInt64(4 * index)
            let low = packed & ((1 << shift) &- 1)
            return low | (value << shift) | ((packed >> shift) << (shift + 4))
        }
    }

    /// Indexed by muscle ordinal; nil where nothing was observed.
    private var over = [Entry?](repeating: nil, count: Muscle.count)
    private var under = [Entry?](repeating: nil, count: Muscle.count)

    mutating func add(_ muscle: Muscle, overactive: Bool, _ text: String, _ weight: Int, side: Side = .both) {
        func update(_ entry: inout Entry) {
            entry.insert(text, weight)
            if side != .right { entry.sides.left = true }
            if side != .left { entry.sides.right = true }
        }
        if overactive {
            if over[muscle.ordinal] == nil { over[muscle.ordinal] = Entry() }
            update(&over[muscle.ordinal]!)
        } else {
            if under[muscle.ordinal] == nil { under[muscle.ordinal] = Entry() }
            update(&under[muscle.ordinal]!)
        }
    }

    /// Overactive and underactive findings, strongest first, plus notes on conflicts. A muscle with
    /// signs both ways goes where the evidence weighs more; on a tie it counts as underactive,
    /// because stretching a weak muscle does more harm than strengthening a tight one.
    func resolve() -> ([MuscleFinding], [MuscleFinding], [String]) {
        var overactive: [MuscleFinding] = []
        var underactive: [MuscleFinding] = []
        var notes: [String] = []
        for muscle in Muscle.allCases {
            let o = over[muscle.ordinal]
            let u = under[muscle.ordinal]
            if let o, let u {
                let keepOver = o.weight > u.weight
                let kept = keepOver ? o : u
                let dropped = keepOver ? u : o
                notes.append(
                    "Mixed signs for the \(muscle.displayName): "
                        + "\(keepOver ? "overactive" : "underactive") (\(Self.join(kept))) outweighs "
                        + "\(keepOver ? "underactive" : "overactive") (\(Self.join(dropped))); "
                        + "treated as \(keepOver ? "overactive" : "underactive"). Recheck at the next assessment.")
                if keepOver {
                    overactive.append(Self.finding(muscle, o))
                } else {
                    underactive.append(Self.finding(muscle, u))
                }
            } else if let o {
                overactive.append(Self.finding(muscle, o))
            } else if let u {
                underactive.append(Self.finding(muscle, u))
            }
        }
        let order: (MuscleFinding, MuscleFinding) -> Bool = {
            $0.weight != $1.weight ? $0.weight > $1.weight : $0.muscle < $1.muscle
        }
        return (overactive.sorted(by: order), underactive.sorted(by: order), notes)
    }

    private static func join(_ entry: Entry) -> String { entry.texts.joined(separator: "; ") }

    private static func finding(_ muscle: Muscle, _ entry: Entry) -> MuscleFinding {
        let side: Side
        switch entry.sides {
        case (true, false): side = .left
        case (false, true): side = .right
        default: side = .both
        }
        return MuscleFinding(muscle: muscle, evidence: entry.texts, side: side, weight: entry.weight)
    }
}
