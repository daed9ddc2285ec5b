import LumbarCore

/// A small, fast, seedable generator (SplitMix64), so a failing property case can be replayed
/// from its seed alone.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random assessments that are valid by construction, covering every field and the "not
/// assessed" case of each optional one.
public enum RandomAssessment {
    public static func make(seed: UInt64) -> Assessment {
        var rng = SplitMix64(seed: seed)
        return make(using: &rng)
    }

    public static func make<R: RandomNumberGenerator>(using rng: inout R) -> Assessment {
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { Bool.random(using: &rng) ? value() : nil }
        func subset<T: CaseIterable>(_: T.Type, max: Int = 4) -> [T] where T.AllCases: RandomAccessCollection {
            let count = Int.random(in: 0...max, using: &rng)
            var picked: [T] = []
            for _ in 0..<count {
                let candidate = T.allCases.randomElement(using: &rng)!
                if !picked.contains(where: { "\($0)" == "\(candidate)" }) { picked.append(candidate) }
            }
            return picked
        }
        func sides<Result: CaseIterable & Hashable & Sendable>(_: Result.Type = LengthResult.self)
            -> Assessment.PerSide<Result>
        {
            Assessment.PerSide(
                left: maybe(Result.allCases.randomElement(using: &rng)!),
                right: maybe(Result.allCases.randomElement(using: &rng)!))
        }

        // Red flags are rare in real life; most random clients pass screening so the planner is exercised.
        let flags = Int.random(in: 0..<10, using: &rng) < 2 ? subset(RedFlag.self, max: 2) : []
        var squat = subset(Compensation.self, max: 4)
        if squat.contains(.shiftsLeft) { squat.removeAll { $0 == .shiftsRight } }
        let limits = Assessment.Limits.self
        return Assessment(
            client: .init(
                name: "Client \(Int.random(in: 1...9999, using: &rng))",
                age: maybe(Int.random(in: limits.age, using: &rng))),
            screening: .init(redFlags: flags, medicalClearance: Bool.random(using: &rng)),
            pain: .init(
                now: Int.random(in: 0...9, using: &rng), worstWeek: maybe(Int.random(in: limits.pain, using: &rng)),
                belowKnee: maybe(Int.random(in: 0..<10, using: &rng) == 0),
                worseWith: subset(PainTrigger.self, max: 3), betterWith: subset(PainTrigger.self, max: 2)),
            lifestyle: .init(
                sittingHours: maybe(Double(Int.random(in: 0...14, using: &rng))),
                activeDaysPerWeek: maybe(Int.random(in: limits.activeDaysPerWeek, using: &rng))),
            posture: maybe(subset(PostureFinding.self, max: 3)),
            overheadSquat: maybe(squat),
            tests: .init(
                thomas: maybe(sides(LengthResult.self)), straightLegRaise: maybe(sides(StraightLegRaiseResult.self)),
                piriformis: maybe(sides(LengthResult.self)),
                bridge: maybe(BridgeResult.allCases.randomElement(using: &rng)!),
                birdDog: maybe(BirdDogResult.allCases.randomElement(using: &rng)!),
                sidePlankSeconds: maybe(
                    Assessment.PerSide(
                        left: Double(Int.random(in: 5...90, using: &rng)),
                        right: Double(Int.random(in: 5...90, using: &rng)))),
                instability: maybe(Bool.random(using: &rng))),
            preferences: .init(
                daysPerWeek: maybe(Int.random(in: limits.daysPerWeek, using: &rng)),
                minutesPerSession: maybe(Int.random(in: limits.minutesPerSession, using: &rng)),
                equipment: maybe(subset(Equipment.self, max: 6))))
    }
}
