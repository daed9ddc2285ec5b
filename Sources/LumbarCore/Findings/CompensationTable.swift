/// The NASM overhead-squat table (DOMAIN.md) and the posture patterns (Janda's upper- and
/// lower-crossed syndromes, Kendall's posture types): each observation maps to the muscles that
/// are likely overactive (short, to inhibit and lengthen) and underactive (to activate).
public struct MuscleImbalance: Equatable, Sendable {
    public var overactive: [Muscle]
    public var underactive: [Muscle]
}

public enum CompensationTable {
    public static func imbalance(for compensation: Compensation) -> MuscleImbalance {
        switch compensation {
        case .lowBackArches:
            return MuscleImbalance(
                overactive: [.hipFlexors, .erectorSpinae, .latissimusDorsi],
                underactive: [.gluteusMaximus, .hamstrings, .intrinsicCore])
        case .lowBackRounds:
            // Adductor magnus is counted with the adductors; "external obliques" with the obliques.
            return MuscleImbalance(
                overactive: [.hamstrings, .adductors, .rectusAbdominis, .obliques],
                underactive: [.gluteusMaximus, .erectorSpinae, .intrinsicCore])
        case .excessiveForwardLean:
            // The "abdominal complex" is counted as rectus abdominis and obliques.
            return MuscleImbalance(
                overactive: [.calves, .hipFlexors, .rectusAbdominis, .obliques],
                underactive: [.anteriorTibialis, .gluteusMaximus, .erectorSpinae])
        case .kneesCaveIn:
            return MuscleImbalance(
                overactive: [.adductors, .tfl, .bicepsFemoris, .vastusLateralis],
                underactive: [.gluteusMedius, .gluteusMaximus, .vmo])
        case .feetTurnOut:
            return MuscleImbalance(
                overactive: [.calves, .bicepsFemoris],
                underactive: [.medialGastrocnemius, .medialHamstrings, .gracilis, .sartorius])
        case .armsFallForward:
            return MuscleImbalance(
                overactive: [.latissimusDorsi, .pectorals, .teresMajor],
                underactive: [.midLowerTrapezius, .rhomboids, .rotatorCuff])
        case .shiftsLeft, .shiftsRight:
            // Side-specific; see `shiftImbalance`. Both sides together, for callers that ignore sides.
            return MuscleImbalance(
                overactive: [.adductors, .tfl, .piriformis, .bicepsFemoris, .calves], underactive: [.gluteusMedius])
        }
    }

    /// Asymmetric weight shift: adductors and TFL overactive and gluteus medius underactive on the side
    /// shifted toward; piriformis, biceps femoris and calves overactive on the other side.
    public static func shiftImbalance(toward side: Side) -> [(muscle: Muscle, overactive: Bool, side: Side)] {
        [
            (.adductors, true, side), (.tfl, true, side), (.gluteusMedius, false, side),
            (.piriformis, true, side.opposite), (.bicepsFemoris, true, side.opposite), (.calves, true, side.opposite),
        ]
    }

    public static func imbalance(for posture: PostureFinding) -> MuscleImbalance {
        switch posture {
        case .roundedShoulders:
            return MuscleImbalance(
                overactive: [.pectorals, .latissimusDorsi, .thoracicSpine],
                underactive: [.midLowerTrapezius, .rhomboids])
        case .forwardHead:
            return MuscleImbalance(overactive: [.thoracicSpine, .pectorals], underactive: [.midLowerTrapezius])
        case .anteriorPelvicTilt:
            return MuscleImbalance(
                overactive: [.hipFlexors, .erectorSpinae], underactive: [.gluteusMaximus, .intrinsicCore])
        case .posteriorPelvicTilt:
            return MuscleImbalance(overactive: [.hamstrings, .rectusAbdominis], underactive: [.erectorSpinae])
        case .swayBack:
            return MuscleImbalance(
                overactive: [.hamstrings, .rectusAbdominis], underactive: [.gluteusMaximus, .intrinsicCore])
        case .flatBack:
            return MuscleImbalance(overactive: [.hamstrings, .rectusAbdominis], underactive: [.erectorSpinae])
        }
    }
}

extension Compensation {
    var phrase: String {
        switch self {
        case .lowBackArches: return "low back arches"
        case .lowBackRounds: return "low back rounds"
        case .excessiveForwardLean: return "excessive forward lean"
        case .kneesCaveIn: return "knees cave in"
        case .feetTurnOut: return "feet turn out"
        case .armsFallForward: return "arms fall forward"
        case .shiftsLeft: return "weight shifts to the left"
        case .shiftsRight: return "weight shifts to the right"
        }
    }
}

extension PostureFinding {
    var phrase: String {
        switch self {
        case .roundedShoulders: return "rounded shoulders"
        case .forwardHead: return "forward head"
        case .anteriorPelvicTilt: return "anterior pelvic tilt"
        case .posteriorPelvicTilt: return "posterior pelvic tilt"
        case .swayBack: return "sway back"
        case .flatBack: return "flat back"
        }
    }
}
