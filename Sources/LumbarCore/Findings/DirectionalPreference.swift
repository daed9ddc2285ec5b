/// Directional preference from what makes the pain worse or better. Worse with bending forward
/// and sitting (or better with standing, walking, arching) points to flexion intolerance; the
/// mirror image points to extension intolerance.
struct DirectionalPreference {
    var intolerance: SpinalDirection?
    var evidence: String?
    var avoid: Set<SpinalDirection>
    var note: String?

    static let flexionWorse: [PainTrigger] = [.flexion, .sitting]
    static let extensionWorse: [PainTrigger] = [.extension, .standing, .walking]

    init(pain: Assessment.Pain) {
        let flexionSigns =
            pain.worseWith.filter(Self.flexionWorse.contains).map { "worse with \($0.rawValue)" }
            + pain.betterWith.filter(Self.extensionWorse.contains).map { "better with \($0.rawValue)" }
        let extensionSigns =
            pain.worseWith.filter(Self.extensionWorse.contains).map { "worse with \($0.rawValue)" }
            + pain.betterWith.filter(Self.flexionWorse.contains).map { "better with \($0.rawValue)" }

        if flexionSigns.count > extensionSigns.count {
            intolerance = .flexion
            evidence = "pain " + flexionSigns.joined(separator: ", ")
            avoid = [.flexion]
        } else if extensionSigns.count > flexionSigns.count {
            intolerance = .extension
            evidence = "pain " + extensionSigns.joined(separator: ", ")
            avoid = [.extension]
        } else if !flexionSigns.isEmpty {
            // Mixed: report no single direction, but keep out end-range loading both ways.
            intolerance = nil
            evidence = nil
            avoid = [.flexion, .extension]
            note =
                "Mixed directional pattern (pain \((flexionSigns + extensionSigns).joined(separator: ", "))): "
                + "end-range bending both forward and backward is left out until the pattern is clearer."
        } else {
            intolerance = nil
            evidence = nil
            avoid = []
        }
    }
}
