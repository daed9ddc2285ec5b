import LumbarCore

/// The assessment wizard's wording: each red flag as a plain yes/no question, and what to look
/// for in each posture finding, squat compensation and test. Presentation only; the rules
/// they feed live in LumbarCore.
enum AssessmentWords {
    static func question(_ flag: RedFlag) -> String {
        switch flag {
        case .saddleNumbness:
            return "Any numbness or pins and needles between the legs, around the genitals or back passage?"
        case .bladderDysfunction: return "Any new trouble starting to pass urine, or leaking it without meaning to?"
        case .bowelIncontinence: return "Any loss of control of the bowels?"
        case .progressiveWeakness: return "Is one or both legs getting weaker, or does a foot catch or drag?"
        case .bilateralLegSymptoms: return "Is there pain, numbness or tingling in both legs?"
        case .cancerHistory: return "Has the person ever had cancer?"
        case .unexplainedWeightLoss: return "Have they lost weight lately without trying?"
        case .feverOrUnwell: return "Do they have a fever, or feel generally unwell, along with the back pain?"
        case .recentTrauma: return "Did the pain start after a fall, accident, or a hard blow?"
        case .osteoporosisOrSteroids: return "Do they have osteoporosis, or have they taken steroid tablets for months?"
        case .nightPain: return "Does pain at night keep going even when they rest or change position?"
        }
    }

    static func trigger(_ trigger: PainTrigger) -> String {
        switch trigger {
        case .sitting: return "Sitting"
        case .standing: return "Standing"
        case .walking: return "Walking"
        case .flexion: return "Bending forward"
        case .extension: return "Arching backward"
        case .lifting: return "Lifting"
        case .rotation: return "Twisting"
        case .morning: return "First thing in the morning"
        }
    }

    static func posture(_ finding: PostureFinding) -> (label: String, lookFor: String) {
        switch finding {
        case .roundedShoulders: return ("Rounded shoulders", "From the side, shoulders sit in front of the ears.")
        case .forwardHead: return ("Forward head", "From the side, the ear sits well in front of the shoulder.")
        case .anteriorPelvicTilt:
            return (
                "Pelvis tipped forward",
                "From the side, a deep low-back curve and the belt line sloping down at the front."
            )
        case .posteriorPelvicTilt:
            return ("Pelvis tucked under", "From the side, a flat low back and the belt line sloping down at the back.")
        case .swayBack:
            return ("Sway back", "From the side, hips pushed forward past the ankles with the upper body leaning back.")
        case .flatBack: return ("Flat back", "From the side, the low back has lost its normal gentle curve.")
        }
    }

    static func compensation(_ compensation: Compensation) -> (label: String, lookFor: String) {
        switch compensation {
        case .lowBackArches:
            return ("Low back arches", "Side view: the lower back curve deepens as they go down.")
        case .lowBackRounds:
            return ("Low back rounds", "Side view: the lower back flattens or curls under at the bottom.")
        case .excessiveForwardLean:
            return (
                "Leans too far forward", "Side view: the chest drops so the trunk is no longer parallel to the shins."
            )
        case .kneesCaveIn:
            return ("Knees cave in", "Front view: the knees drift inside the line of the big toes.")
        case .feetTurnOut:
            return ("Feet turn out", "Front view: the toes rotate outward as they squat.")
        case .armsFallForward:
            return ("Arms fall forward", "Side view: the arms drop in front of the ears.")
        case .shiftsLeft:
            return ("Shifts to the left", "Front or back view: the hips and weight move toward the left foot.")
        case .shiftsRight:
            return ("Shifts to the right", "Front or back view: the hips and weight move toward the right foot.")
        }
    }

    static func equipment(_ equipment: Equipment) -> String {
        switch equipment {
        case .mat: return "Mat"
        case .foamRoller: return "Foam roller"
        case .towel: return "Towel or strap"
        case .wall: return "Wall"
        case .chair: return "Chair"
        case .dumbbells: return "Dumbbells"
        case .kettlebell: return "Kettlebell"
        case .bands: return "Resistance bands"
        case .bike: return "Exercise bike"
        case .pool: return "Pool"
        }
    }

    static func position(_ position: Position) -> String {
        switch position {
        case .supine: return "Lying on the back"
        case .prone: return "Lying face down"
        case .sideLying: return "Lying on the side"
        case .quadruped: return "On hands and knees"
        case .kneeling: return "Kneeling"
        case .seated: return "Seated"
        case .standing: return "Standing"
        }
    }

    static func bridge(_ result: BridgeResult) -> String {
        switch result {
        case .good: return "Good: hips rise, glutes do the work"
        case .archesBack: return "Low back arches"
        case .pushesThroughToes: return "Pushes through the toes"
        case .painful: return "Painful"
        }
    }

    static func birdDog(_ result: BirdDogResult) -> String {
        switch result {
        case .good: return "Good: spine stays still"
        case .spineShifts: return "Spine shifts or rotates"
        }
    }
}
