extension ProgramDose {
    /// The dose in a trainer's shorthand: "2 × 12 reps, 4 s hold, each side (+1 set on the left)".
    public func text(side: Side, weakSide: Side?) -> String {
        var parts: [String] = []
        if let minutes {
            parts.append("\(minutes) min")
        } else if let reps {
            parts.append("\(sets) × \(reps) rep\(reps == 1 ? "" : "s")")
            if let holdSeconds { parts.append("\(holdSeconds) s hold each") }
        } else if let holdSeconds {
            parts.append("\(sets) × \(holdSeconds) s")
        }
        switch side {
        case .both where perSide: parts.append("each side")
        case .left, .right: parts.append("\(side.rawValue) side only")
        default: break
        }
        var text = parts.joined(separator: ", ")
        if weakSideExtraSets > 0, let weakSide {
            text += " (+\(weakSideExtraSets) set\(weakSideExtraSets == 1 ? "" : "s") on the \(weakSide.rawValue))"
        }
        return text
    }
}
