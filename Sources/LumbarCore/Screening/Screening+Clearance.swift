/// What a recorded medical clearance covers, and how the doctor's words reach the program.
extension Screening {
    /// Whether a clearance recorded for the referral `cleared` also covers `assessment`, the
    /// assessment that continues it (the wizard's details after a clearance). It covers nothing new:
    /// no emergency sign, no red flag that was not cleared, leg symptoms only if they were there,
    /// and pain at or over the referral line only if no higher than when cleared. Anything more
    /// is a new reason to refer, and needs a clearance of its own.
    public static func clearance(of cleared: Assessment, covers assessment: Assessment) -> Bool {
        let now = screen(assessment.withClaimedClearanceIgnored)
        guard now.decision != .emergency else { return false }
        guard Set(assessment.screening.redFlags).isSubset(of: Set(cleared.screening.redFlags)) else { return false }
        if assessment.pain.belowKnee == true, cleared.pain.belowKnee != true { return false }
        if assessment.pain.now >= referPainThreshold, assessment.pain.now > cleared.pain.now { return false }
        return true
    }

    /// The caution that carries the clearance's own words into the program, first of all, so the
    /// doctor's limits ("no heavy lifting for 4 weeks") travel with every session, page and print.
    public static func clearanceCaution(note: String, recordedOn day: CivilDate) -> String {
        "Medical clearance recorded on \(day): \u{201C}\(note)\u{201D} Keep every session within these limits."
    }
}

extension Program {
    /// The program with the clearance's words as its first caution.
    public func carrying(clearanceNote note: String, recordedOn day: CivilDate) -> Program {
        var program = self
        program.cautions.insert(Screening.clearanceCaution(note: note, recordedOn: day), at: 0)
        return program
    }
}
