import LumbarTestSupport
import Testing

@testable import LumbarCore

@Suite struct ScreeningTests {
    static let emergencyFlags = RedFlag.allCases.filter(\.isEmergency)
    static let referFlags = RedFlag.allCases.filter { !$0.isEmergency }

    @Test func theFlagListsMatchTheContract() {
        #expect(
            Self.emergencyFlags == [
                .saddleNumbness, .bladderDysfunction, .bowelIncontinence, .progressiveWeakness, .bilateralLegSymptoms,
            ])
        #expect(
            Self.referFlags == [
                .cancerHistory, .unexplainedWeightLoss, .feverOrUnwell, .recentTrauma, .osteoporosisOrSteroids,
                .nightPain,
            ])
    }

    @Test(arguments: emergencyFlags, [false, true])
    func everyEmergencyFlagStopsEverythingEvenWithAClearance(flag: RedFlag, clearance: Bool) {
        let result = Screening.screen(Fixtures.minimal(redFlags: [flag], clearance: clearance))
        #expect(result.decision == .emergency)
        #expect(result.reasons.contains(flag.reason))
        #expect(result.advice.contains("emergency"))
        let program = Planner(catalog: Fixtures.catalog).plan(Fixtures.minimal(redFlags: [flag], clearance: clearance))
        #expect(program.decision == .emergency)
        #expect(program.blocks.isEmpty)
    }

    @Test(arguments: referFlags)
    func everyReferFlagRefersUntilAClearanceIsRecorded(flag: RedFlag) {
        let referred = Screening.screen(Fixtures.minimal(redFlags: [flag]))
        #expect(referred.decision == .refer)
        #expect(referred.reasons == [flag.reason])
        #expect(Planner(catalog: Fixtures.catalog).plan(Fixtures.minimal(redFlags: [flag])).blocks.isEmpty)

        let cleared = Screening.screen(Fixtures.minimal(redFlags: [flag], clearance: true))
        #expect(cleared.decision == .proceed)
        #expect(cleared.reasons.isEmpty)
        #expect(cleared.cautions.contains { $0.contains(flag.reason) })
        #expect(cleared.gentle)
    }

    @Test func anEmergencyFlagWinsOverReferFlags() {
        let result = Screening.screen(Fixtures.minimal(redFlags: [.nightPain, .progressiveWeakness]))
        #expect(result.decision == .emergency)
    }

    @Test func painBelowTheKneeRefers() {
        var assessment = Fixtures.minimal()
        assessment.pain.belowKnee = true
        #expect(Screening.screen(assessment).decision == .refer)
        assessment.pain.belowKnee = false
        #expect(Screening.screen(assessment).decision == .proceed)
        assessment.pain.belowKnee = nil
        #expect(Screening.screen(assessment).decision == .proceed)
    }

    @Test(arguments: [
        (7, Decision.proceed, true), (8, .refer, false), (10, .refer, false), (5, .proceed, false), (6, .proceed, true),
        (0, .proceed, false),
    ])
    func painAtRestHasARefererralLineAndACautionBand(pain: Int, decision: Decision, gentle: Bool) {
        let result = Screening.screen(Fixtures.minimal(painNow: pain))
        #expect(result.decision == decision)
        if decision == .proceed { #expect(result.gentle == gentle) }
    }

    @Test(arguments: [(19, true), (20, false), (55, false), (56, true), (40, false)])
    func ageOutsideTwentyToFiftyFiveAddsACautionNotAReferral(age: Int, caution: Bool) {
        var assessment = Fixtures.minimal()
        assessment.client.age = age
        let result = Screening.screen(assessment)
        #expect(result.decision == .proceed)
        #expect(result.gentle == caution)
        #expect(result.cautions.contains { $0.hasPrefix("Age \(age)") } == caution)
    }

    @Test func aClearanceWithoutReferralReasonsChangesNothing() {
        let result = Screening.screen(Fixtures.minimal(clearance: true))
        #expect(result == Screening.screen(Fixtures.minimal()))
    }

    @Test func exitCodesFollowTheContract() {
        #expect(Decision.proceed.exitCode == 0)
        #expect(Decision.refer.exitCode == 3)
        #expect(Decision.emergency.exitCode == 4)
    }
}
