/// Declaration-order positions of the fixed vocabularies, so hot paths index small arrays instead
/// of hashing. Written as switches (the compiler turns them into a table) rather than reading the
/// enum's storage; `OrdinalTests` checks that each is the case's position in `allCases`.
extension Muscle {
    public static let count = allCases.count
    public var ordinal: Int {
        switch self {
        case .hipFlexors: return 0
        case .quadriceps: return 1
        case .gluteusMaximus: return 2
        case .gluteusMedius: return 3
        case .piriformis: return 4
        case .tfl: return 5
        case .adductors: return 6
        case .gracilis: return 7
        case .sartorius: return 8
        case .hamstrings: return 9
        case .medialHamstrings: return 10
        case .bicepsFemoris: return 11
        case .calves: return 12
        case .medialGastrocnemius: return 13
        case .anteriorTibialis: return 14
        case .vastusLateralis: return 15
        case .vmo: return 16
        case .erectorSpinae: return 17
        case .intrinsicCore: return 18
        case .rectusAbdominis: return 19
        case .obliques: return 20
        case .thoracicSpine: return 21
        case .latissimusDorsi: return 22
        case .teresMajor: return 23
        case .pectorals: return 24
        case .midLowerTrapezius: return 25
        case .rhomboids: return 26
        case .rotatorCuff: return 27
        }
    }
}

extension Phase {
    public static let count = allCases.count
    public var ordinal: Int {
        switch self {
        case .inhibit: return 0
        case .lengthen: return 1
        case .activate: return 2
        case .integrate: return 3
        case .condition: return 4
        }
    }
}

extension Equipment {
    public var ordinal: Int {
        switch self {
        case .mat: return 0
        case .foamRoller: return 1
        case .towel: return 2
        case .wall: return 3
        case .chair: return 4
        case .dumbbells: return 5
        case .kettlebell: return 6
        case .bands: return 7
        case .bike: return 8
        case .pool: return 9
        }
    }
}

/// A set of muscles as bits, for the planner's filters.
struct MuscleMask: Equatable {
    var bits: UInt64 = 0
    init() {}
    init<S: Sequence>(_ muscles: S) where S.Element == Muscle { for muscle in muscles { insert(muscle) } }
    mutating func insert(_ muscle: Muscle) { bits |= 1 << UInt64(muscle.ordinal) }
    func contains(_ muscle: Muscle) -> Bool { bits & (1 << UInt64(muscle.ordinal)) != 0 }
    func intersects(_ other: MuscleMask) -> Bool { bits & other.bits != 0 }
}
