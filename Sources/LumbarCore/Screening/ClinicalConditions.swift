/// What a proceeding assessment carries into the program after screening: a medical clearance lets
/// the person train, but the reason for the referral still holds (DOMAIN.md, second round). Some
/// conditions rule exercises out (the catalog's `unsuitableFor`); the others keep a caution on
/// every session and a prompt to check the signs again.
public enum ClinicalConditions {
    /// Pain from which a program starts gentler and shorter (DOMAIN.md: 6–7 is a caution).
    public static let highPain = 6
    /// Pain from which, once cleared, a program starts by calming the back down (DOMAIN.md).
    public static let calmStartPain = Screening.referPainThreshold

    /// The conditions of `assessment` that rule exercises out.
    public static func of(_ assessment: Assessment) -> Set<ClinicalCondition> {
        of(assessment, findings: Findings.derive(from: assessment))
    }

    /// The same, with the findings already derived.
    static func of(_ assessment: Assessment, findings: Findings) -> Set<ClinicalCondition> {
        var conditions = Set<ClinicalCondition>()
        if assessment.pain.now >= highPain { conditions.insert(.highPain) }
        if assessment.pain.now >= highPain || findings.instability { conditions.insert(.singleLegNotYet) }
        if assessment.screening.redFlags.contains(.osteoporosisOrSteroids) { conditions.insert(.osteoporosis) }
        let raise = assessment.tests.straightLegRaise
        if assessment.pain.belowKnee == true || raise?.left == .nerveSymptoms || raise?.right == .nerveSymptoms {
            conditions.insert(.legNerveSymptoms)
        }
        return conditions
    }

    /// The referral signs, cleared or not, that exclude no exercise but must be watched: the
    /// program asks for them to be checked before every session.
    static let watchedFlags: [RedFlag] = [
        .recentTrauma, .cancerHistory, .feverOrUnwell, .unexplainedWeightLoss, .nightPain,
    ]

    /// Plain-words cautions for the program: what each condition changes, and the signs to check
    /// again before each session.
    static func cautions(_ assessment: Assessment, conditions: Set<ClinicalCondition>) -> [String] {
        var cautions: [String] = []
        if conditions.contains(.osteoporosis) {
            cautions.append(
                "Bone health (osteoporosis or long-term steroids): no bending the spine forward under load or as far "
                    + "as it goes, no twisting under load or to the end of the range, no loaded hip hinge to start, and "
                    + "no rolling along the spine or ribs. The program favours glute work, trunk work with a long, "
                    + "straight spine, balance and walking.")
        }
        if conditions.contains(.legNerveSymptoms) {
            let raise = assessment.tests.straightLegRaise
            let fromRaise =
                raise?.left == .nerveSymptoms || raise?.right == .nerveSymptoms
                ? " The straight-leg raise brought on leg symptoms: that is a sign of an irritated nerve, not of short "
                    + "hamstrings, so it is not treated as tightness."
                : ""
            cautions.append(
                "Leg symptoms:\(fromRaise) Stretches that pull on the nerve (a straight leg raised or leaned over, the "
                    + "ankle pulled up) are left out; keep every movement gentle and within symptoms. Stop and refer if "
                    + "the leg symptoms spread further down the leg, or numbness or weakness appears.")
        }
        if assessment.pain.belowKnee == nil {
            cautions.append(
                "Whether the pain spreads below the knee was not asked: ask before the first session. Pain or "
                    + "numbness below the knee needs a doctor's check before training.")
        }
        let pain = assessment.pain.now
        if pain >= calmStartPain {
            cautions.append(
                "Pain of \(pain)/10: a calm-it-down start. Breathing and bracing, finding a comfortable position, "
                    + "gentle movement and short walks, on fewer days. Build up as the pain settles, and assess "
                    + "again once it is below 6/10.")
        } else if conditions.contains(.highPain) {
            cautions.append(
                "Pain of \(pain)/10: a shorter, gentler start, with no single-leg work and no loaded whole-body "
                    + "movements (squats, lunges, hinges) until the pain settles below 6/10; assess again then.")
        }
        let watched = watchedFlags.filter(assessment.screening.redFlags.contains)
        if !watched.isEmpty {
            let signs = watched.map(\.watchSign)
            cautions.append(
                "Before every session, check again for \(signs.joined(separator: "; ")). If any of these returns or "
                    + "gets worse, stop and refer back to the doctor.")
        }
        return cautions
    }
}

extension RedFlag {
    /// What to check for again before a session, once a clearance let the person train.
    var watchSign: String {
        switch self {
        case .recentTrauma: return "new pain after another fall or knock"
        case .cancerHistory: return "pain that keeps growing or is worse at night"
        case .feverOrUnwell: return "fever, or feeling unwell"
        case .unexplainedWeightLoss: return "weight loss without a reason"
        case .nightPain: return "pain at night that rest and turning over do not ease"
        default: return reason.lowercased()
        }
    }
}

extension Assessment {
    /// The assessment as screening must read it when it arrives (safety): a clearance claimed
    /// inside the document is not trusted. Only a recorded clearance (who, when, a note) lets a
    /// referral proceed, so screening runs as if the claim were absent.
    public var withClaimedClearanceIgnored: Assessment {
        var assessment = self
        assessment.screening.medicalClearance = false
        return assessment
    }
}
