/// The fixed list of muscles (and the thoracic spine, treated as one stiff-or-not unit) that
/// findings and exercises name. Raw values are the contract's camelCase names.
public enum Muscle: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    case hipFlexors, quadriceps, gluteusMaximus, gluteusMedius, piriformis, tfl, adductors, gracilis, sartorius
    case hamstrings, medialHamstrings, bicepsFemoris, calves, medialGastrocnemius, anteriorTibialis
    case vastusLateralis, vmo, erectorSpinae, intrinsicCore, rectusAbdominis, obliques, thoracicSpine
    case latissimusDorsi, teresMajor, pectorals, midLowerTrapezius, rhomboids, rotatorCuff

    /// Declaration order keeps every list of muscles in one stable order.
    public static func < (lhs: Muscle, rhs: Muscle) -> Bool { lhs.ordinal < rhs.ordinal }

    /// Words for handouts ("hip flexors", "gluteus medius").
    public var displayName: String {
        switch self {
        case .hipFlexors: return "hip flexors"
        case .quadriceps: return "quadriceps"
        case .gluteusMaximus: return "gluteus maximus"
        case .gluteusMedius: return "gluteus medius"
        case .piriformis: return "piriformis"
        case .tfl: return "TFL"
        case .adductors: return "adductors"
        case .gracilis: return "gracilis"
        case .sartorius: return "sartorius"
        case .hamstrings: return "hamstrings"
        case .medialHamstrings: return "medial hamstrings"
        case .bicepsFemoris: return "biceps femoris (short head)"
        case .calves: return "calves"
        case .medialGastrocnemius: return "medial gastrocnemius"
        case .anteriorTibialis: return "anterior tibialis"
        case .vastusLateralis: return "vastus lateralis"
        case .vmo: return "VMO"
        case .erectorSpinae: return "erector spinae"
        case .intrinsicCore: return "deep core"
        case .rectusAbdominis: return "rectus abdominis"
        case .obliques: return "obliques"
        case .thoracicSpine: return "thoracic spine"
        case .latissimusDorsi: return "latissimus dorsi"
        case .teresMajor: return "teres major"
        case .pectorals: return "pectorals"
        case .midLowerTrapezius: return "mid/lower trapezius"
        case .rhomboids: return "rhomboids"
        case .rotatorCuff: return "rotator cuff"
        }
    }
}
