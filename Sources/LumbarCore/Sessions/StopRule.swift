/// The one stop rule (CONTRACT.md, second round), used by the program text, the guided player and
/// progression alike: an exercise stops when its pain rises above `max(5, pain before)`.
///
/// Five is where the pain-monitoring model (Silbernagel, Thomeé) turns "acceptable" into "too
/// much". Someone who starts a session at 6/10 is not "over the limit" before moving at all; for
/// them, pain that rises above where they started is the signal (DOMAIN.md).
public enum StopRule {
    /// The stop line for anyone whose pain before the session was 5 or less.
    public static let floor = 5

    /// The pain during an exercise above which it stops.
    public static func limit(painBefore: Int) -> Int { max(floor, painBefore) }

    /// Whether pain during went past the stop line.
    public static func stops(painDuring: Int, painBefore: Int) -> Bool { painDuring > limit(painBefore: painBefore) }

    /// The rule in plain words, as every program carries it.
    public static let text =
        "Stop any exercise once its pain goes above 5/10 (or above the pain you started the session with, when that "
        + "was higher), or once it hurts more than you can comfortably tolerate."
}
