/// The corrective continuum, in its fixed order, plus conditioning on top.
public enum Phase: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    case inhibit, lengthen, activate, integrate, condition

    public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.ordinal < rhs.ordinal }

    public var title: String {
        switch self {
        case .inhibit: return "Inhibit (foam roll)"
        case .lengthen: return "Lengthen (stretch)"
        case .activate: return "Activate (strengthen)"
        case .integrate: return "Integrate (whole movements)"
        case .condition: return "Condition (easy cardio)"
        }
    }
}
