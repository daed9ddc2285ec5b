/// Equipment an exercise needs. `bike` and `pool` extend the contract's list for conditioning.
public enum Equipment: String, CaseIterable, Codable, Hashable, Sendable {
    case mat, foamRoller, towel, wall, chair, dumbbells, kettlebell, bands, bike, pool
}

/// Whether an exercise works both sides at once, one side at a time, or alternates.
public enum Laterality: String, CaseIterable, Codable, Hashable, Sendable {
    case bilateral, unilateral, alternating
}

/// The body position an exercise starts from.
public enum Position: String, CaseIterable, Codable, Hashable, Sendable {
    case supine, prone, sideLying, quadruped, kneeling, seated, standing
}

/// A direction of spinal load. On an exercise it marks the load that makes it unsuitable for
/// a person intolerant of that direction; on findings it is the person's intolerance.
public enum SpinalDirection: String, CaseIterable, Codable, Hashable, Sendable {
    case flexion, `extension`
}

/// Which side an exercise in a program is done on.
public enum Side: String, CaseIterable, Codable, Hashable, Sendable {
    case both, left, right

    public var opposite: Side {
        switch self {
        case .both: return .both
        case .left: return .right
        case .right: return .left
        }
    }
}
