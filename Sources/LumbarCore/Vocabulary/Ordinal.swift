/// Declaration-order positions of the fixed vocabularies, so hot paths index small arrays instead
/// of hashing. A payload-free enum is stored as its case's declaration index, which
/// `OrdinalTests` checks for every case.
extension Muscle {
    public static let count = allCases.count
    @inline(__always) public var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
}

extension Phase {
    public static let count = allCases.count
    @inline(__always) public var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
}

extension Equipment {
    @inline(__always) public var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
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
