import LumbarCore

/// Assessments for seeded clients: plausible desk workers, lifters and runners with low back pain,
/// valid by construction, so the real screening and planner turn each into a real program.
enum SeedAssessments {
    static let firstNames = [
        "Alex", "Amira", "Ben", "Carla", "Chen", "Dana", "Dev", "Elena", "Farah", "Femi", "Grace", "Hana", "Ian",
        "Ines", "Jonas", "Julia", "Kai", "Lena", "Leo", "Maya", "Mei", "Nadia", "Noah", "Omar", "Priya", "Rafael",
        "Rosa", "Sam", "Sofia", "Tariq", "Tess", "Tomás", "Uma", "Victor", "Wen", "Yara", "Yusuf", "Zoe",
    ]
    static let lastNames = [
        "Adams", "Bauer", "Costa", "Dubois", "Evans", "Fischer", "García", "Hughes", "Ito", "Jensen", "Khan", "Lopez",
        "Müller", "Novak", "Okafor", "Patel", "Quinn", "Rossi", "Silva", "Tanaka", "Usman", "Varga", "Walsh", "Xu",
        "Young", "Zhang",
    ]

    static func name(using rng: inout SeedRandom) -> String {
        "\(rng.pick(firstNames)) \(rng.pick(lastNames))"
    }

    /// An assessment with no red flag and pain under 8: screening lets it proceed to a program.
    static func proceeding(name: String, age: Int, using rng: inout SeedRandom) -> Assessment {
        // Directional patterns as trainers meet them: sitting and bending hurt, or standing and
        // arching do, or lifting and mornings do.
        let patterns: [(worse: [PainTrigger], better: [PainTrigger])] = [
            ([.sitting, .flexion], [.walking]), ([.sitting, .flexion, .morning], [.walking, .standing]),
            ([.standing, .walking, .extension], [.sitting]), ([.lifting, .morning], [.walking]),
            ([.rotation, .lifting], []),
        ]
        let pattern = rng.pick(patterns)
        let now = Int.random(in: 2...6, using: &rng)
        func sides<Result: Hashable & Sendable>(tightPercent: Int, tight: Result, normal: Result)
            -> Assessment.PerSide<Result>
        {
            Assessment.PerSide(
                left: rng.chance(tightPercent) ? tight : normal, right: rng.chance(tightPercent) ? tight : normal)
        }
        var squat: [Compensation] = []
        for compensation in [Compensation.lowBackArches, .kneesCaveIn, .excessiveForwardLean, .armsFallForward]
        where rng.chance(30) {
            squat.append(compensation)
        }
        if rng.chance(10) { squat.append(rng.chance(50) ? .shiftsLeft : .shiftsRight) }
        var posture: [PostureFinding] = []
        for finding in [PostureFinding.roundedShoulders, .anteriorPelvicTilt, .forwardHead, .swayBack]
        where rng.chance(30) {
            posture.append(finding)
        }
        let weaker = Double(Int.random(in: 15...40, using: &rng))
        let stronger =
            weaker + Double(rng.chance(25) ? Int.random(in: 12...25, using: &rng) : Int.random(in: 0...5, using: &rng))
        let leftWeak = rng.chance(50)
        let kits: [[Equipment]] = [
            [.mat, .foamRoller, .towel], [.mat, .foamRoller, .towel, .wall, .chair], [.mat, .bands, .dumbbells],
            [.mat, .foamRoller, .kettlebell, .bands],
        ]
        return Assessment(
            client: .init(name: name, age: age),
            screening: .init(redFlags: [], medicalClearance: false),
            pain: .init(
                now: now, worstWeek: min(10, now + Int.random(in: 0...2, using: &rng)), belowKnee: false,
                worseWith: pattern.worse, betterWith: pattern.better),
            lifestyle: .init(
                sittingHours: Double(Int.random(in: 2...11, using: &rng)),
                activeDaysPerWeek: Int.random(in: 0...5, using: &rng)),
            posture: posture, overheadSquat: squat,
            tests: .init(
                thomas: sides(tightPercent: 40, tight: LengthResult.tight, normal: .normal),
                straightLegRaise: sides(tightPercent: 30, tight: StraightLegRaiseResult.tight, normal: .normal),
                piriformis: sides(tightPercent: 30, tight: LengthResult.tight, normal: .normal),
                bridge: rng.pick([BridgeResult.good, .archesBack, .archesBack, .pushesThroughToes]),
                birdDog: rng.chance(35) ? .spineShifts : .good,
                sidePlankSeconds: Assessment.PerSide(
                    left: leftWeak ? weaker : stronger, right: leftWeak ? stronger : weaker),
                instability: rng.chance(15)),
            preferences: .init(
                daysPerWeek: Int.random(in: 3...5, using: &rng), minutesPerSession: rng.pick([20, 25, 30, 35, 40]),
                equipment: rng.pick(kits)))
    }

    /// An assessment whose red flags stop training: refer-level ones, or emergency signs.
    static func stopping(name: String, age: Int, emergency: Bool, using rng: inout SeedRandom) -> Assessment {
        let flags = RedFlag.allCases.filter { $0.isEmergency == emergency }
        var picked = [rng.pick(flags)]
        if rng.chance(40), let second = flags.filter({ $0 != picked[0] }).randomElement(using: &rng) {
            picked.append(second)
        }
        return Assessment(
            client: .init(name: name, age: age), screening: .init(redFlags: picked, medicalClearance: false),
            pain: .init(now: Int.random(in: 3...7, using: &rng), worseWith: [.morning], betterWith: []))
    }
}
