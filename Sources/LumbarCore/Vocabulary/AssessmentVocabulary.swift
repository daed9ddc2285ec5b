/// Red flags asked about before any exercise (after NICE NG59 and the 2020 international
/// red-flag framework). The first five need emergency care; the rest need a medical referral.
public enum RedFlag: String, CaseIterable, Codable, Hashable, Sendable {
    case saddleNumbness, bladderDysfunction, bowelIncontinence, progressiveWeakness, bilateralLegSymptoms
    case cancerHistory, unexplainedWeightLoss, feverOrUnwell, recentTrauma, osteoporosisOrSteroids, nightPain

    public var isEmergency: Bool {
        switch self {
        case .saddleNumbness, .bladderDysfunction, .bowelIncontinence, .progressiveWeakness, .bilateralLegSymptoms:
            return true
        default:
            return false
        }
    }

    /// The plain-words reason given to the trainer and the person.
    public var reason: String {
        switch self {
        case .saddleNumbness: return "Numbness in the saddle area (between the legs or around the back passage)."
        case .bladderDysfunction: return "New trouble passing urine or controlling the bladder."
        case .bowelIncontinence: return "Loss of bowel control."
        case .progressiveWeakness: return "Leg weakness that is getting worse."
        case .bilateralLegSymptoms: return "Pain or numbness in both legs."
        case .cancerHistory: return "A history of cancer: back pain needs a doctor's check first."
        case .unexplainedWeightLoss: return "Weight loss without a known reason."
        case .feverOrUnwell: return "Fever or feeling generally unwell along with the back pain."
        case .recentTrauma: return "A recent significant fall, accident or blow."
        case .osteoporosisOrSteroids: return "Osteoporosis or long-term steroid use (fracture risk)."
        case .nightPain: return "Pain at night that does not ease with rest or changing position."
        }
    }
}

/// Activities and positions that make the pain worse or better.
public enum PainTrigger: String, CaseIterable, Codable, Hashable, Sendable {
    case sitting, standing, walking, flexion, `extension`, lifting, rotation, morning
}

/// Static posture observations.
public enum PostureFinding: String, CaseIterable, Codable, Hashable, Sendable {
    case roundedShoulders, forwardHead, anteriorPelvicTilt, posteriorPelvicTilt, swayBack, flatBack
}

/// Compensations seen in the NASM overhead squat assessment.
public enum Compensation: String, CaseIterable, Codable, Hashable, Sendable {
    case lowBackArches, lowBackRounds, excessiveForwardLean, kneesCaveIn, feetTurnOut, armsFallForward
    case shiftsLeft, shiftsRight
}

/// A per-side muscle-length test result.
public enum LengthResult: String, CaseIterable, Codable, Hashable, Sendable {
    case tight, normal
}

/// The straight-leg raise: a hamstring-length test that may also bring on leg symptoms. That is a
/// sign of an irritated nerve, not of short hamstrings (DOMAIN.md, second round).
public enum StraightLegRaiseResult: String, CaseIterable, Codable, Hashable, Sendable {
    case tight, normal, nerveSymptoms
}

/// What about the person rules some exercises out: a reason for referral that stays true after a
/// medical clearance (DOMAIN.md, "After a medical clearance, the reason still holds"), or a state
/// the program starts from (high pain, an unstable spine). The catalog names, per exercise, the
/// conditions it does not suit (`unsuitableFor`). A program keeps them until the next assessment.
public enum ClinicalCondition: String, CaseIterable, Codable, Hashable, Sendable {
    /// Osteoporosis or long-term steroid use: no loaded or end-range spinal flexion, no twisting
    /// under load or at end range, no loaded hip hinge to start, no rolling along the spine.
    case osteoporosis
    /// Leg symptoms from the back (below the knee, or a straight-leg raise that brings them on):
    /// no positions that tension the nerve (a straight leg raised or bent over, the ankle pulled up).
    case legNerveSymptoms
    /// Pain of 6/10 or more at the assessment: no loaded whole-body movements yet (squats, lunges,
    /// hinges, wall sits); the program starts shorter and gentler.
    case highPain
    /// Pain of 6/10 or more, or an unstable spine: no single-leg work until bracing is comfortable
    /// and the pain has settled (seed 002); the weaker side's extra sets go to side-lying work.
    case singleLegNotYet

    /// The condition in plain words, as reasons name it.
    public var label: String {
        switch self {
        case .osteoporosis: return "fragile bones (osteoporosis or long-term steroids)"
        case .legNerveSymptoms: return "leg symptoms from an irritated nerve"
        case .highPain: return "pain of 6/10 or more, which rules out loaded whole-body movements for now"
        case .singleLegNotYet:
            return "this back yet: single-leg work waits until bracing is comfortable and pain settles"
        }
    }

    /// One bit per condition, for the planner's inner loop.
    static func mask(_ conditions: some Sequence<ClinicalCondition>) -> UInt8 {
        conditions.reduce(0) { mask, condition in
            mask | 1 << UInt8(ClinicalCondition.allCases.firstIndex(of: condition)!)
        }
    }
}

public enum BridgeResult: String, CaseIterable, Codable, Hashable, Sendable {
    case good, archesBack, pushesThroughToes, painful
}

public enum BirdDogResult: String, CaseIterable, Codable, Hashable, Sendable {
    case good, spineShifts
}
