import LumbarJSON

/// What screening allows: train, see a clinician first, or get emergency care.
public enum Decision: String, CaseIterable, Codable, Hashable, Sendable {
    case proceed, refer, emergency

    /// The CLI exit code the contract assigns to each decision.
    public var exitCode: Int32 {
        switch self {
        case .proceed: return 0
        case .refer: return 3
        case .emergency: return 4
        }
    }
}

/// The outcome of the red-flag screen.
public struct ScreeningResult: Equatable, Sendable {
    public var decision: Decision
    /// Why the person may not train yet (empty on `proceed`).
    public var reasons: [String]
    /// What to watch for while training (age, pain level, a cleared referral).
    public var cautions: [String]
    /// True when doses should start at the gentle end of their ranges.
    public var gentle: Bool
    /// True when referral signs were found and a medical clearance lets the person train anyway.
    public var cleared: Bool = false

    /// What the person should do next, in plain words.
    public var advice: String {
        switch decision {
        case .emergency:
            return "Stop: do not exercise. Seek emergency medical care today (emergency department or urgent "
                + "out-of-hours service). These signs can mean pressure on the nerves at the base of the spine."
        case .refer:
            return "Do not start a program yet. Refer the person to a doctor or physiotherapist; once a medical "
                + "clearance is recorded, Lumbar builds the program with these reasons kept as cautions."
        case .proceed where cleared:
            return "A medical clearance lets training start despite the signs above. Start gently, keep every caution, "
                + "and keep watching for the warning signs."
        case .proceed:
            return "No red flags stop training. Proceed with the program and keep watching for the warning signs."
        }
    }
}

/// Red-flag screening per DOMAIN.md: emergency signs never proceed; referral signs proceed only
/// after a recorded medical clearance; age and moderate pain add cautions and gentler doses.
public enum Screening {
    public static let referPainThreshold = 8
    public static let cautionPain = 6...7
    public static let cautionAgeBelow = 20
    public static let cautionAgeAbove = 55

    static func highPainReason(_ pain: Int) -> String {
        "Pain of \(pain)/10 right now is too high to start exercising."
    }

    public static func screen(_ assessment: Assessment) -> ScreeningResult {
        let flags = RedFlag.allCases.filter(assessment.screening.redFlags.contains)
        let emergencies = flags.filter(\.isEmergency)
        var referrals = flags.filter { !$0.isEmergency }.map(\.reason)
        if assessment.pain.belowKnee == true {
            referrals.append("Pain or numbness spreading below the knee.")
        }
        if assessment.pain.now >= referPainThreshold {
            referrals.append(highPainReason(assessment.pain.now))
        }

        var cautions: [String] = []
        var gentle = false
        if let age = assessment.client.age, age < cautionAgeBelow || age > cautionAgeAbove {
            cautions.append(
                "Age \(age): back pain under 20 or over 55 deserves extra watchfulness; doses start gentle. "
                    + "Refer out if any warning sign appears.")
            gentle = true
        }
        if cautionPain.contains(assessment.pain.now) {
            cautions.append(
                "Pain is \(assessment.pain.now)/10 today: doses start gentle; stop and refer out if it climbs "
                    + "to 8 or new symptoms appear.")
            gentle = true
        }
        if let worst = assessment.pain.worstWeek, worst >= referPainThreshold, assessment.pain.now < referPainThreshold
        {
            cautions.append(
                "Pain reached \(worst)/10 this week: if it stays that high at rest, stop and refer out.")
        }

        if !emergencies.isEmpty {
            // Emergency signs override everything, including a clearance on file.
            // Dose cautions mean nothing when no exercise will be done, so an emergency carries none.
            return ScreeningResult(
                decision: .emergency, reasons: emergencies.map(\.reason) + referrals, cautions: [], gentle: gentle)
        }
        if !referrals.isEmpty {
            guard assessment.screening.medicalClearance else {
                return ScreeningResult(decision: .refer, reasons: referrals, cautions: cautions, gentle: gentle)
            }
            let cleared = referrals.map { reason in
                // A pain too high to start exercising becomes, once cleared, a calm-it-down start
                // (DOMAIN.md), so the program does not contradict itself.
                reason == highPainReason(assessment.pain.now)
                    ? "Cleared by a medical professional to train with pain of \(assessment.pain.now)/10 right now: "
                        + "the program starts by calming the back down."
                    : "Cleared by a medical professional despite: \(reason)"
            }
            return ScreeningResult(
                decision: .proceed, reasons: [], cautions: cleared + cautions, gentle: true, cleared: true)
        }
        return ScreeningResult(decision: .proceed, reasons: [], cautions: cautions, gentle: gentle)
    }
}

extension ScreeningResult {
    /// `{decision, reasons, cautions, advice}` as `lumbar screen --json` prints it.
    public var json: JSONValue {
        .object([
            ("decision", .string(decision.rawValue)),
            ("reasons", .strings(reasons)),
            ("cautions", .strings(cautions)),
            ("advice", .string(advice)),
        ])
    }
}
