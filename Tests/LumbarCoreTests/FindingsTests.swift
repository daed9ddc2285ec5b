import LumbarTestSupport
import Testing

@testable import LumbarCore

@Suite struct FindingsTests {
    func findings(_ change: (inout Assessment) -> Void) -> Findings {
        var assessment = Fixtures.minimal()
        change(&assessment)
        return Findings.derive(from: assessment)
    }

    static let table: [(Compensation, [Muscle], [Muscle])] = [
        (
            .lowBackArches, [.hipFlexors, .erectorSpinae, .latissimusDorsi],
            [.gluteusMaximus, .hamstrings, .intrinsicCore]
        ),
        (
            .lowBackRounds, [.hamstrings, .adductors, .rectusAbdominis, .obliques],
            [.gluteusMaximus, .erectorSpinae, .intrinsicCore]
        ),
        (
            .excessiveForwardLean, [.calves, .hipFlexors, .rectusAbdominis, .obliques],
            [.anteriorTibialis, .gluteusMaximus, .erectorSpinae]
        ),
        (.kneesCaveIn, [.adductors, .tfl, .bicepsFemoris, .vastusLateralis], [.gluteusMedius, .gluteusMaximus, .vmo]),
        (.feetTurnOut, [.calves, .bicepsFemoris], [.medialGastrocnemius, .medialHamstrings, .gracilis, .sartorius]),
        (
            .armsFallForward, [.latissimusDorsi, .pectorals, .teresMajor],
            [.midLowerTrapezius, .rhomboids, .rotatorCuff]
        ),
    ]

    @Test(arguments: table)
    func eachOverheadSquatCompensationMapsToItsMuscles(compensation: Compensation, over: [Muscle], under: [Muscle]) {
        let result = findings { $0.overheadSquat = [compensation] }
        #expect(Set(result.overactive.map(\.muscle)) == Set(over))
        #expect(Set(result.underactive.map(\.muscle)) == Set(under))
        #expect(result.overactive.allSatisfy { $0.evidence.contains { $0.hasPrefix("overhead squat:") } })
    }

    @Test(arguments: [(Compensation.shiftsLeft, Side.left), (.shiftsRight, .right)])
    func aWeightShiftIsSideSpecific(compensation: Compensation, toward: Side) {
        let result = findings { $0.overheadSquat = [compensation] }
        func side(_ muscle: Muscle) -> Side? {
            (result.overactive + result.underactive).first { $0.muscle == muscle }?.side
        }
        #expect(side(.adductors) == toward)
        #expect(side(.tfl) == toward)
        #expect(side(.gluteusMedius) == toward)
        #expect(result.isUnderactive(.gluteusMedius))
        #expect(side(.piriformis) == toward.opposite)
        #expect(side(.bicepsFemoris) == toward.opposite)
        #expect(side(.calves) == toward.opposite)
    }

    @Test func roundedShouldersPointAtTheThoracicSpineAndChest() {
        let result = findings { $0.posture = [.roundedShoulders] }
        #expect(
            result.isOveractive(.thoracicSpine) && result.isOveractive(.pectorals)
                && result.isOveractive(.latissimusDorsi))
        #expect(result.isUnderactive(.midLowerTrapezius))
    }

    @Test func anteriorPelvicTiltMeansTightHipFlexorsAndSleepyGlutes() {
        let result = findings { $0.posture = [.anteriorPelvicTilt] }
        #expect(result.isOveractive(.hipFlexors))
        #expect(result.isUnderactive(.gluteusMaximus))
    }

    @Test(arguments: [(5.9, false), (6.0, true), (12.0, true)])
    func longSittingShortensHipFlexorsAndSwitchesOffGlutes(hours: Double, expected: Bool) {
        let result = findings { $0.lifestyle.sittingHours = hours }
        #expect(result.isOveractive(.hipFlexors) == expected)
        #expect(result.isOveractive(.piriformis) == expected)
        #expect(result.isUnderactive(.gluteusMaximus) == expected)
    }

    @Test func lengthTestsKeepTheirSide() {
        let result = findings {
            $0.tests.thomas = .init(left: .tight, right: .normal)
            $0.tests.straightLegRaise = .init(left: .tight, right: .tight)
            $0.tests.piriformis = .init(left: .normal, right: .tight)
        }
        #expect(result.overactive.first { $0.muscle == .hipFlexors }?.side == .left)
        #expect(result.overactive.first { $0.muscle == .hamstrings }?.side == .both)
        #expect(result.overactive.first { $0.muscle == .piriformis }?.side == .right)
        #expect(result.overactive.first { $0.muscle == .hipFlexors }?.evidence == ["Thomas test tight on the left"])
    }

    @Test func normalOrMissingTestsFindNothing() {
        let result = findings {
            $0.tests.thomas = .init(left: .normal, right: nil)
            $0.tests.bridge = .good
            $0.tests.birdDog = .good
        }
        #expect(result.overactive.isEmpty && result.underactive.isEmpty && !result.instability)
    }

    @Test(arguments: [BridgeResult.archesBack, .pushesThroughToes, .painful])
    func aPoorBridgeMeansUnderactiveGlutes(bridge: BridgeResult) {
        let result = findings { $0.tests.bridge = bridge }
        #expect(result.isUnderactive(.gluteusMaximus))
        #expect(result.bridgePainful == (bridge == .painful))
    }

    @Test func aShiftingBirdDogOrATrainerNoteMeansInstability() {
        #expect(findings { $0.tests.birdDog = .spineShifts }.instability)
        #expect(findings { $0.tests.instability = true }.instability)
        #expect(findings { $0.tests.birdDog = .spineShifts }.isUnderactive(.intrinsicCore))
        #expect(!findings { $0.tests.instability = false }.instability)
    }

    @Test(arguments: [
        (30.0, 40.0, nil as Side?), (29.0, 40.0, .left), (40.0, 29.0, .right), (0.0, 0.0, nil), (0.0, 10.0, .left),
    ])
    func aSidePlankGapOverAQuarterMarksTheWeakerSide(left: Double, right: Double, weak: Side?) {
        let result = findings { $0.tests.sidePlankSeconds = .init(left: left, right: right) }
        #expect(result.weakSide == weak)
        #expect((result.weakSideEvidence != nil) == (weak != nil))
    }

    @Test func oneSidedSidePlankGivesNoWeakSide() {
        #expect(findings { $0.tests.sidePlankSeconds = .init(left: 10, right: nil) }.weakSide == nil)
    }

    @Test(arguments: [
        ([PainTrigger.sitting, .flexion], [PainTrigger](), SpinalDirection.flexion as SpinalDirection?),
        ([.sitting], [.walking], .flexion),
        ([.standing, .walking, .extension], [], .extension),
        ([], [.sitting], .extension),
        ([.lifting, .morning, .rotation], [], nil),
        ([.sitting, .standing], [], nil),
    ])
    func directionalPreferenceComesFromWhatMakesPainWorseOrBetter(
        worse: [PainTrigger], better: [PainTrigger], expected: SpinalDirection?
    ) {
        let result = findings {
            $0.pain.worseWith = worse
            $0.pain.betterWith = better
        }
        #expect(result.intolerance == expected)
    }

    @Test func aMixedPatternAvoidsBothDirectionsAndSaysSo() {
        let result = findings { $0.pain.worseWith = [.sitting, .standing] }
        #expect(result.avoid == [.flexion, .extension])
        #expect(result.notes.contains { $0.hasPrefix("Mixed directional pattern") })
    }

    @Test func conflictingSignsGoToTheHeavierSideAndTiesCountAsUnderactive() {
        // Squat says hamstrings underactive (weight 2); a tight straight-leg raise says overactive (weight 3).
        let heavierOver = findings {
            $0.overheadSquat = [.lowBackArches]
            $0.tests.straightLegRaise = .init(left: .tight, right: .tight)
        }
        #expect(heavierOver.isOveractive(.hamstrings) && !heavierOver.isUnderactive(.hamstrings))
        #expect(heavierOver.notes.contains { $0.hasPrefix("Mixed signs for the hamstrings") })
        // Two squat signs of equal weight: underactive wins.
        let tie = findings { $0.overheadSquat = [.lowBackArches, .lowBackRounds] }
        #expect(tie.isUnderactive(.hamstrings) && !tie.isOveractive(.hamstrings))
    }

    @Test func findingsAreOrderedByTheWeightOfTheirEvidence() {
        let result = Findings.derive(from: try! Fixtures.example("desk-worker"))
        let weights = result.overactive.map(\.weight)
        #expect(weights == weights.sorted(by: >))
        #expect(result.overactive.first?.muscle == .hipFlexors)
        #expect(result.underactive.first?.muscle == .gluteusMaximus)
    }
}
