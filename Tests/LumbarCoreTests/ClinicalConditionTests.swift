import LumbarJSON
import LumbarTestSupport
import PropertyBased
import Testing

@testable import LumbarCore

/// After a medical clearance the reason for the referral still holds (DOMAIN.md, second round;
/// docs/clinical-rules.md): realistic cleared clients, and the same rules over random assessments.
@Suite struct ClinicalConditionTests {
    static let planner = Planner(catalog: Fixtures.catalog)

    static func plan(_ json: String) throws -> Program { planner.plan(try Assessment.parse(json)) }

    static func ids(_ program: Program) -> Set<String> { Set(program.allExercises.map(\.id)) }

    /// Every exercise of the catalog that does not suit `condition`.
    static func unsuitable(_ condition: ClinicalCondition) -> Set<String> {
        Set(Fixtures.catalog.exercises.filter { $0.unsuitableFor.contains(condition) }.map(\.id))
    }

    @Test func aClearedSixtyEightYearOldWithOsteoporosisGetsNoTwistNoLoadedHingeAndNoSpinalRolling() throws {
        // Sits a lot, rounded shoulders, weak glutes and a shaky bird dog: the findings that once
        // brought a seated twist, thoracic rolling and a deadlift.
        let program = try Self.plan(
            #"""
            {"schema": "lumbar.assessment/1", "client": {"name": "Margaret", "age": 68},
             "screening": {"redFlags": ["osteoporosisOrSteroids"], "medicalClearance": true},
             "pain": {"now": 3, "worseWith": ["standing"], "betterWith": ["walking"]},
             "lifestyle": {"sittingHours": 8, "activeDaysPerWeek": 2},
             "posture": ["roundedShoulders", "forwardHead"],
             "overheadSquat": ["excessiveForwardLean", "armsFallForward", "lowBackRounds"],
             "tests": {"straightLegRaise": {"left": "tight", "right": "tight"}, "bridge": "archesBack",
                       "birdDog": "spineShifts"},
             "preferences": {"daysPerWeek": 3, "minutesPerSession": 30}}
            """#)
        #expect(program.decision == .proceed)
        // Her bird dog shifts: an unstable spine, so no single-leg work yet either.
        #expect(program.findings.conditions == [.osteoporosis, .singleLegNotYet])
        let chosen = Self.ids(program)
        #expect(chosen.isDisjoint(with: Self.unsuitable(.osteoporosis)), "\(chosen)")
        #expect(!chosen.contains("supine-spinal-twist") && !chosen.contains("hip-hinge-deadlift"))
        #expect(!chosen.contains("foam-roll-thoracic-spine"))
        // The seated outer-hip twist and the quadruped rotation turn the spine to the end of its range.
        #expect(!chosen.contains("outer-hip-stretch") && !chosen.contains("thoracic-rotation"))
        #expect(program.cautions.contains { $0.hasPrefix("Bone health (osteoporosis or long-term steroids)") })
        // Glute work stays: the staple of a low-back program, and safe for fragile bones.
        #expect(chosen.contains { ["glute-squeeze", "glute-bridge", "pelvic-tilt-to-bridge"].contains($0) })
        // Cleared, so the doses start gentle (the bracing drills keep seed 002's 10 × 3).
        for exercise in program.allExercises where !Planner.bracingDrills.contains(exercise.id) {
            let entry = try #require(Fixtures.catalog[exercise.id])
            #expect(exercise.dose.sets == entry.doseRange.sets.lowerBound, "\(exercise.id)")
        }
    }

    @Test func aRunnerWhoseStraightLegRaiseBringsOnLegSymptomsGetsNoNerveTensioningStretch() throws {
        let program = try Self.plan(
            #"""
            {"schema": "lumbar.assessment/1", "client": {"name": "Tom", "age": 34},
             "screening": {"redFlags": [], "medicalClearance": false},
             "pain": {"now": 3, "belowKnee": false, "worseWith": ["sitting", "flexion"]},
             "lifestyle": {"sittingHours": 7, "activeDaysPerWeek": 5},
             "overheadSquat": ["kneesCaveIn"],
             "tests": {"straightLegRaise": {"left": "nerveSymptoms", "right": "tight"}},
             "preferences": {"equipment": ["mat", "towel", "foamRoller", "wall"]}}
            """#)
        #expect(program.decision == .proceed)
        #expect(program.findings.conditions == [.legNerveSymptoms])
        let chosen = Self.ids(program)
        #expect(chosen.isDisjoint(with: Self.unsuitable(.legNerveSymptoms)), "\(chosen)")
        #expect(!chosen.contains("towel-hamstring-stretch"))
        #expect(!program.cautions.contains { $0.hasPrefix("Whether the pain spreads below the knee") })
        let caution = try #require(program.cautions.first { $0.hasPrefix("Leg symptoms:") })
        #expect(caution.contains("not of short hamstrings"))
        // The right side was only tight: that is still short hamstrings, on the right alone.
        let hamstrings = program.findings.overactive.contains(.hamstrings)
        #expect(hamstrings)
        let evidence = Findings.derive(
            from: try Assessment.parse(
                #"{"schema": "lumbar.assessment/1", "client": {"name": "T"}, "screening": {"redFlags": []}, "#
                    + #""pain": {"now": 2}, "tests": {"straightLegRaise": {"left": "nerveSymptoms", "right": "tight"}}}"#
            ))
        #expect(evidence.overactive.first { $0.muscle == .hamstrings }?.side == .right)
    }

    @Test func aClearedReferralForPainBelowTheKneeKeepsTheNerveRules() throws {
        let program = try Self.plan(
            #"""
            {"schema": "lumbar.assessment/1", "client": {"name": "Ravi", "age": 45},
             "screening": {"redFlags": [], "medicalClearance": true},
             "pain": {"now": 4, "belowKnee": true},
             "tests": {"straightLegRaise": {"left": "tight", "right": "tight"}}}
            """#)
        #expect(program.decision == .proceed)
        #expect(program.findings.conditions == [.legNerveSymptoms])
        #expect(Self.ids(program).isDisjoint(with: Self.unsuitable(.legNerveSymptoms)))
    }

    @Test func otherClearedSignsAskForACheckBeforeEverySession() throws {
        let program = try Self.plan(
            #"""
            {"schema": "lumbar.assessment/1", "client": {"name": "Ann", "age": 59},
             "screening": {"redFlags": ["cancerHistory", "nightPain"], "medicalClearance": true},
             "pain": {"now": 3}}
            """#)
        #expect(program.decision == .proceed)
        #expect(program.findings.conditions.isEmpty)
        let check = try #require(program.cautions.first { $0.hasPrefix("Before every session, check again for") })
        #expect(check.contains("pain that keeps growing or is worse at night"))
        #expect(check.contains("pain at night that rest and turning over do not ease"))
        // Her assessment left out whether the pain spreads below the knee: ask it first.
        #expect(program.cautions.contains { $0.hasPrefix("Whether the pain spreads below the knee was not asked") })
    }

    @Test func conditionsSurviveTheProgramDocumentAndKeepProgressionsAndSwapsOut() throws {
        var assessment = try Assessment.parse(
            #"""
            {"schema": "lumbar.assessment/1", "client": {"name": "Jo", "age": 72},
             "screening": {"redFlags": ["osteoporosisOrSteroids"], "medicalClearance": true},
             "pain": {"now": 2}}
            """#)
        assessment.tests.bridge = .good
        let program = Self.planner.plan(assessment)
        let read = try Program.parse(JSONWriter.string(program.json), catalog: Fixtures.catalog)
        #expect(read.findings.conditions == [.osteoporosis])
        // The squat's next step is the deadlift: a loaded hinge, which osteoporosis rules out.
        let rules = ChainRules(catalog: Fixtures.catalog, program: read)
        let deadlift = try #require(Fixtures.catalog["hip-hinge-deadlift"])
        #expect(
            rules.unsuitability(of: deadlift, taken: [])?.hasSuffix(
                "does not suit fragile bones (osteoporosis or long-term steroids)") == true)
    }

    /// DOMAIN.md: at 6–7/10 the program starts gentle, shorter, with no single-leg work and no
    /// loaded whole-body movement. A runner at 7/10 whose side plank shows a weaker side.
    @Test func atSevenOutOfTenTheStartIsShorterWithNoSingleLegOrLoadedWholeMovements() throws {
        let program = try Self.plan(
            #"""
            {"schema": "lumbar.assessment/1", "client": {"name": "Kai", "age": 31},
             "screening": {"redFlags": []}, "pain": {"now": 7},
             "lifestyle": {"sittingHours": 9, "activeDaysPerWeek": 5},
             "overheadSquat": ["kneesCaveIn", "excessiveForwardLean", "lowBackArches"],
             "tests": {"thomas": {"left": "tight", "right": "tight"}, "bridge": "archesBack",
                       "sidePlankSeconds": {"left": 15, "right": 40}},
             "preferences": {"minutesPerSession": 45}}
            """#)
        #expect(program.findings.conditions == [.highPain, .singleLegNotYet])
        let chosen = Self.ids(program)
        #expect(chosen.isDisjoint(with: Self.unsuitable(.highPain).union(Self.unsuitable(.singleLegNotYet))))
        for block in program.blocks {
            // The staples may go past a phase's limit; nothing else does.
            let extras = block.exercises.filter {
                !Planner.gluteStaples.contains($0.id) && !Planner.motorControlStaples.contains($0.id)
            }
            #expect(extras.count <= Planner.phaseLimit(block.phase, painNow: 7), "\(block.phase)")
        }
        #expect(program.cautions.contains { $0.hasPrefix("Pain of 7/10: a shorter, gentler start") })
        // The weaker side still gets its extra sets, on one-sided work that suits a painful back.
        let sideWork = program.allExercises.filter { $0.dose.weakSideExtraSets > 0 }
        #expect(!sideWork.isEmpty)
        let lying: Set<Position> = [.sideLying, .prone, .supine]
        #expect(sideWork.allSatisfy { lying.contains(Fixtures.catalog[$0.id]!.position) }, "\(sideWork.map(\.id))")
    }

    /// DOMAIN.md: a cleared 8/10 or more starts by calming the back down: positional awareness,
    /// breathing and bracing, gentle mobility and walking, on fewer days; and the screening's words
    /// no longer say "no red flag stops training" beside "too high to start exercising".
    @Test func aClearedNineOutOfTenStartsByCalmingTheBackDown() throws {
        let json = #"""
            {"schema": "lumbar.assessment/1", "client": {"name": "Lee", "age": 44},
             "screening": {"redFlags": [], "medicalClearance": true}, "pain": {"now": 9, "worseWith": ["sitting"]},
             "lifestyle": {"sittingHours": 10}, "posture": ["roundedShoulders"],
             "tests": {"thomas": {"left": "tight", "right": "tight"}, "bridge": "good"},
             "preferences": {"daysPerWeek": 5, "minutesPerSession": 40}}
            """#
        let program = try Self.plan(json)
        #expect(program.decision == .proceed)
        #expect(program.schedule.daysPerWeek == 2)
        let byPhase = Dictionary(uniqueKeysWithValues: program.blocks.map { ($0.phase, $0.exercises.map(\.id)) })
        #expect(byPhase[.inhibit] == [] && byPhase[.integrate] == [])
        #expect((byPhase[.lengthen] ?? []).count <= 1)
        #expect(Set(Planner.bracingDrills).isSubset(of: Set(byPhase[.activate] ?? [])))
        #expect(byPhase[.activate]?.contains("glute-squeeze") == true)
        #expect(byPhase[.condition] == ["walking"])
        #expect(program.cautions.contains { $0.hasPrefix("Pain of 9/10: a calm-it-down start.") })
        #expect(!program.cautions.contains { $0.contains("too high to start exercising") })
        let screening = Screening.screen(try Assessment.parse(json))
        #expect(screening.cleared && !screening.advice.contains("No red flags"))
    }

    // MARK: - Properties over random assessments

    static let seeds = Gen.int(in: 0...Int(Int32.max))

    @Test func noProgramHoldsAnExerciseItsConditionsRuleOut() async {
        await propertyCheck(count: 2000, input: Self.seeds) { seed in
            var assessment = RandomAssessment.make(seed: UInt64(seed))
            // Half the cases get a cleared osteoporosis, and half the rest leg symptoms, so each
            // rule meets hundreds of otherwise random people.
            assessment.screening.redFlags.removeAll(where: \.isEmergency)
            if seed % 2 == 0 {
                assessment.screening.redFlags.append(.osteoporosisOrSteroids)
                assessment.screening.medicalClearance = true
            } else if seed % 4 == 1 {
                var raise = assessment.tests.straightLegRaise ?? .init()
                raise.left = .nerveSymptoms
                assessment.tests.straightLegRaise = raise
            }
            let program = Self.planner.plan(assessment)
            let conditions = ClinicalConditions.of(assessment)
            guard program.decision == .proceed else { return }
            #expect(Set(program.findings.conditions) == conditions)
            for exercise in program.allExercises {
                let entry = Fixtures.catalog[exercise.id]!
                #expect(entry.unsuitableCondition(in: Array(conditions)) == nil, "seed \(seed): \(exercise.id)")
            }
            if assessment.tests.straightLegRaise?.left == .nerveSymptoms
                && assessment.tests.straightLegRaise?.right != .tight
            {
                let hamstrings = Findings.derive(from: assessment).overactive.first { $0.muscle == .hamstrings }
                #expect(hamstrings?.evidence.contains { $0.hasPrefix("straight-leg raise") } != true, "seed \(seed)")
            }
        }
    }
}
