/// One step up or down a dose, always inside the catalog's range.
///
/// Figures are tried in the order reps, hold, minutes, sets (the "reps, hold, then sets";
/// minutes apply only to conditioning, which has nothing else to raise). Both directions use the
/// same order and the same step sizes, so a raise is undone by the next lower whenever the dose
/// sits inside its range: see `ProgressionPropertyTests.progressThenRegressReturnsToTheStart`.
///
/// Both directions first move a figure that is on the far side of the exercise's reference dose
/// (its catalog default, as a replacement would get it): progress restores a dose that was
/// shortened to fit the session or started gently, and regress first takes back a dose that
/// progress raised, before either direction leaves the exercise for another one.
struct DoseChange: Equatable {
    enum Figure: String, CaseIterable {
        case reps, holdSeconds, minutes, sets

        var label: String {
            switch self {
            case .reps: return "reps"
            case .holdSeconds: return "hold"
            case .minutes: return "minutes"
            case .sets: return "sets"
            }
        }

        func value(_ dose: ProgramDose) -> Int? {
            switch self {
            case .reps: return dose.reps
            case .holdSeconds: return dose.holdSeconds
            case .minutes: return dose.minutes
            case .sets: return dose.sets
            }
        }

        func set(_ value: Int, in dose: inout ProgramDose) {
            switch self {
            case .reps: dose.reps = value
            case .holdSeconds: dose.holdSeconds = value
            case .minutes: dose.minutes = value
            case .sets: dose.sets = value
            }
        }

        /// The figure's range for `dose`; the sets leave room for the weaker side's extra sets where the
        /// range allows it, as the planner does, so sets plus extra sets stay inside the range too.
        func range(_ range: DoseRange, for dose: ProgramDose) -> ClosedRange<Int>? {
            switch self {
            case .reps: return range.reps
            case .holdSeconds: return range.holdSeconds
            case .minutes: return range.minutes
            case .sets:
                let sets = range.sets
                return sets.lowerBound...max(sets.lowerBound, sets.upperBound - dose.weakSideExtraSets)
            }
        }

        /// Reps by two, sets by one, minutes by five; holds by a second, or by five on ranges that run
        /// to 20 s or more (stretches, foam rolling, planks), where one second is no real change.
        func step(_ range: ClosedRange<Int>) -> Int {
            switch self {
            case .reps: return 2
            case .holdSeconds: return range.upperBound >= 20 ? 5 : 1
            case .minutes: return 5
            case .sets: return 1
            }
        }

        func text(_ value: Int) -> String {
            switch self {
            case .holdSeconds: return "\(value) s"
            default: return "\(value)"
            }
        }
    }

    let figure: Figure
    let from: Int
    let to: Int
    let dose: ProgramDose

    /// "reps from 12 to 14".
    var description: String { "\(figure.label) from \(figure.text(from)) to \(figure.text(to))" }

    /// The next dose up, or nil when every figure is already at the top of its range.
    static func raise(_ dose: ProgramDose, range: DoseRange, reference: ProgramDose) -> DoseChange? {
        step(dose, range: range, reference: reference, direction: 1)
    }

    /// The next dose down, or nil when every figure is already at the bottom of its range.
    static func lower(_ dose: ProgramDose, range: DoseRange, reference: ProgramDose) -> DoseChange? {
        step(dose, range: range, reference: reference, direction: -1)
    }

    private static func step(_ dose: ProgramDose, range: DoseRange, reference: ProgramDose, direction: Int)
        -> DoseChange?
    {
        let movable = Figure.allCases.compactMap { figure -> (Figure, Int, ClosedRange<Int>)? in
            guard let value = figure.value(dose), let bounds = figure.range(range, for: dose) else { return nil }
            let clamped = min(max(value, bounds.lowerBound), bounds.upperBound)
            let room = direction > 0 ? clamped < bounds.upperBound : clamped > bounds.lowerBound
            return room ? (figure, value, bounds) : nil
        }
        let behind = movable.first { figure, value, _ in
            guard let target = figure.value(reference) else { return false }
            return direction > 0 ? value < target : value > target
        }
        guard let (figure, value, bounds) = behind ?? movable.first else { return nil }
        let next = min(max(value + direction * figure.step(bounds), bounds.lowerBound), bounds.upperBound)
        var changed = dose
        figure.set(next, in: &changed)
        return DoseChange(figure: figure, from: value, to: next, dose: changed)
    }
}
