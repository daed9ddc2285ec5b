/// Estimates how long a session takes from its doses: work time per set and side, short rests
/// between sets, and a little time to get into position for each exercise.
public enum SessionTime {
    static let setupSeconds = 15
    static let secondsPerRep = 3
    static let repTransitionSeconds = 2
    static let stretchRestSeconds = 5
    static let strengthRestSeconds = 30
    /// Motor-control sets are tiny; seed 002 asks for a quick reset between them, not a full rest.
    static let shortSetRestSeconds = 10

    public static func seconds(_ exercise: ProgramExercise, phase: Phase) -> Int {
        seconds(exercise.dose, side: exercise.side, phase: phase)
    }

    static func seconds(_ dose: ProgramDose, side: Side, phase: Phase) -> Int {
        let perSet: Int
        if let minutes = dose.minutes {
            perSet = minutes * 60
        } else if let reps = dose.reps {
            perSet = reps * ((dose.holdSeconds ?? secondsPerRep - repTransitionSeconds) + repTransitionSeconds)
        } else {
            perSet = dose.holdSeconds ?? 0
        }
        let sides = dose.perSide && side == .both ? 2 : 1
        let sets = dose.sets * sides + dose.weakSideExtraSets
        let rest: Int
        switch phase {
        case .inhibit, .lengthen, .condition: rest = stretchRestSeconds
        case .activate, .integrate: rest = (dose.reps ?? 99) <= 5 ? shortSetRestSeconds : strengthRestSeconds
        }
        return setupSeconds + sets * perSet + max(0, sets - 1) * rest
    }

    public static func seconds(_ blocks: [ProgramBlock]) -> Int {
        blocks.reduce(0) { total, block in
            total + block.exercises.reduce(0) { $0 + seconds($1, phase: block.phase) }
        }
    }

    /// Whole minutes, rounded up.
    public static func minutes(_ blocks: [ProgramBlock]) -> Int { (seconds(blocks) + 59) / 60 }
}
