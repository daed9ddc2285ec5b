extension ProgramExercise {
    /// Why an exercise gives the weaker side an extra set: the words the planner writes, and by
    /// which an edit that drops the extra set knows to drop the reason too.
    public static func weakSideReason(_ side: Side, evidence: String) -> String {
        "weaker \(side.rawValue) side: \(evidence); the \(side.rawValue) side does an extra set"
    }

    /// Whether `reason` is a `weakSideReason`.
    public static func isWeakSideReason(_ reason: String) -> Bool {
        reason.hasPrefix("weaker ") && reason.hasSuffix(" side does an extra set")
    }
}
