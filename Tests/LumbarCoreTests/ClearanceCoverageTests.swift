import LumbarCore
import LumbarJSON
import Testing

/// What a recorded clearance covers when the assessment goes on after it (issue 14, bug 3), with
/// realistic people: what was cleared stays cleared, anything new or worse refers again.
@Suite struct ClearanceCoverageTests {
    static func assessment(
        flags: [String], pain: Int, belowKnee: Bool = false, age: Int = 68, details: Bool = false
    ) throws -> Assessment {
        let flagList = flags.map { "\"\($0)\"" }.joined(separator: ", ")
        let more =
            details
            ? #", "lifestyle": {"sittingHours": 8}, "posture": ["roundedShoulders"], "tests": {"bridge": "archesBack"}"#
            : ""
        return try Assessment.parse(
            try JSONParser.parse(
                """
                {"schema": "lumbar.assessment/1", "client": {"name": "Margaret", "age": \(age)},
                 "screening": {"redFlags": [\(flagList)], "medicalClearance": false},
                 "pain": {"now": \(pain), "belowKnee": \(belowKnee)}\(more)}
                """))
    }

    @Test func theSameReasonsWithTheDetailsAddedAreCovered() throws {
        // A 68-year-old with osteoporosis, referred at step 1 and cleared by her GP.
        let referral = try Self.assessment(flags: ["osteoporosisOrSteroids"], pain: 3)
        #expect(Screening.screen(referral).decision == .refer)
        let continued = try Self.assessment(flags: ["osteoporosisOrSteroids"], pain: 3, details: true)
        #expect(Screening.clearance(of: referral, covers: continued))
        // Fewer reasons are covered too: the pain settled.
        let painful = try Self.assessment(flags: ["nightPain"], pain: 9)
        #expect(Screening.clearance(of: painful, covers: try Self.assessment(flags: ["nightPain"], pain: 5)))
    }

    @Test func anythingNewOrWorseIsNotCovered() throws {
        let referral = try Self.assessment(flags: ["osteoporosisOrSteroids"], pain: 8)
        // A new red flag.
        #expect(
            !Screening.clearance(
                of: referral, covers: try Self.assessment(flags: ["osteoporosisOrSteroids", "nightPain"], pain: 3)))
        // Leg symptoms that were not there when she was cleared.
        #expect(
            !Screening.clearance(
                of: referral, covers: try Self.assessment(flags: ["osteoporosisOrSteroids"], pain: 3, belowKnee: true)))
        // Pain over the referral line and higher than when cleared.
        #expect(
            !Screening.clearance(of: referral, covers: try Self.assessment(flags: ["osteoporosisOrSteroids"], pain: 9)))
        #expect(
            Screening.clearance(of: referral, covers: try Self.assessment(flags: ["osteoporosisOrSteroids"], pain: 8)))
        // An emergency sign is never covered, whatever was cleared.
        #expect(
            !Screening.clearance(
                of: referral, covers: try Self.assessment(flags: ["osteoporosisOrSteroids", "saddleNumbness"], pain: 3))
        )
    }

    @Test func theDoctorsWordsLeadTheCautions() throws {
        var cleared = try Self.assessment(flags: ["osteoporosisOrSteroids"], pain: 3, details: true)
        cleared.screening.medicalClearance = true
        let program = Planner(catalog: try Catalog.bundled()).plan(cleared)
            .carrying(
                clearanceNote: "GP: no heavy lifting for 4 weeks", recordedOn: CivilDate(year: 2026, month: 12, day: 7))
        #expect(program.decision == .proceed)
        #expect(
            program.cautions.first
                == "Medical clearance recorded on 2026-12-07: \u{201C}GP: no heavy lifting for 4 weeks\u{201D} Keep every session within these limits."
        )
        // The condition's own rules still hold beside it.
        #expect(program.cautions.contains { $0.hasPrefix("Bone health") })
        // And the caution survives the program document, so edits and progressions keep it.
        let read = try Program.parse(JSONWriter.string(program.json, pretty: false), catalog: try Catalog.bundled())
        #expect(read.cautions.first == program.cautions.first)
    }
}
