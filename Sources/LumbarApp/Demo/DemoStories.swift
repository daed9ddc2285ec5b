/// The demo trainer's clients, one story each, chosen so the dashboard shows every status: a new
/// client to assess, a referral awaiting clearance, an emergency, clients improving week by week,
/// one whose pain is rising (the progression review raises alerts) and one who reached maintenance.
struct DemoStory: Sendable {
    var name: String
    var age: Int
    var notes: String?
    /// A `lumbar.assessment/1` document; nil for a client not assessed yet.
    var assessment: String?
    /// Days before today the assessment (or, without one, the sign-up) happened.
    var daysAgo: Int
    /// The typical pain of each week of training (0–10), oldest first; one week per entry, ending
    /// yesterday. Empty when the client does not train.
    var weeklyPain: [Int] = []
    /// Days into each week the sessions fall on (0 is the day after the week's review).
    var sessionDays: [Int] = [0, 2, 4]
    /// Sessions of these weeks log broken form in the hardest exercises.
    var formBreaksInWeeks: Set<Int> = []
}

enum DemoStories {
    static let all: [DemoStory] = [
        DemoStory(
            name: "Priya Shah", age: 31, notes: "New enquiry: stiff lower back after long drives for work.",
            assessment: nil, daysAgo: 0),
        DemoStory(
            name: "Ruth Evans", age: 67, notes: "Referred to her GP; waiting for the all-clear before training.",
            assessment: """
                { "schema": "lumbar.assessment/1", "client": { "name": "Ruth Evans", "age": 67 },
                  "screening": { "redFlags": ["osteoporosisOrSteroids", "nightPain"], "medicalClearance": false },
                  "pain": { "now": 5, "worstWeek": 7, "belowKnee": true, "worseWith": ["morning"], "betterWith": [] },
                  "lifestyle": { "sittingHours": 6, "activeDaysPerWeek": 2 },
                  "preferences": { "daysPerWeek": 3, "minutesPerSession": 20 } }
                """, daysAgo: 3),
        DemoStory(
            name: "Lee Morgan", age: 52, notes: "Told to go to the emergency department the same day.",
            assessment: """
                { "schema": "lumbar.assessment/1", "client": { "name": "Lee Morgan", "age": 52 },
                  "screening": { "redFlags": ["saddleNumbness", "bladderDysfunction"], "medicalClearance": false },
                  "pain": { "now": 7, "belowKnee": true, "worseWith": ["sitting"], "betterWith": [] } }
                """, daysAgo: 1),
        DemoStory(
            name: "Dana Brooks", age: 46, notes: "Desk job, nine hours a day; training before work.",
            assessment: """
                { "schema": "lumbar.assessment/1", "client": { "name": "Dana Brooks", "age": 46 },
                  "screening": { "redFlags": [], "medicalClearance": false },
                  "pain": { "now": 4, "worstWeek": 6, "belowKnee": false,
                            "worseWith": ["sitting", "flexion"], "betterWith": ["walking"] },
                  "lifestyle": { "sittingHours": 9, "activeDaysPerWeek": 1 },
                  "posture": ["roundedShoulders", "anteriorPelvicTilt"],
                  "overheadSquat": ["lowBackArches", "kneesCaveIn"],
                  "tests": { "thomas": { "left": "tight", "right": "normal" },
                             "straightLegRaise": { "left": "normal", "right": "normal" },
                             "piriformis": { "left": "normal", "right": "tight" },
                             "bridge": "archesBack", "birdDog": "good",
                             "sidePlankSeconds": { "left": 38, "right": 42 }, "instability": false },
                  "preferences": { "daysPerWeek": 4, "minutesPerSession": 25,
                                   "equipment": ["mat", "foamRoller", "towel"] } }
                """, daysAgo: 42, weeklyPain: [4, 4, 3, 3, 2, 2], sessionDays: [0, 1, 3, 5]),
        DemoStory(
            name: "Marco Rossi", age: 34, notes: "Warehouse shifts; back worse since the move to night shifts.",
            assessment: """
                { "schema": "lumbar.assessment/1", "client": { "name": "Marco Rossi", "age": 34 },
                  "screening": { "redFlags": [], "medicalClearance": false },
                  "pain": { "now": 3, "worstWeek": 5, "belowKnee": false,
                            "worseWith": ["standing", "walking", "extension"], "betterWith": ["sitting"] },
                  "lifestyle": { "sittingHours": 4, "activeDaysPerWeek": 3 },
                  "posture": ["anteriorPelvicTilt", "swayBack"], "overheadSquat": ["lowBackArches"],
                  "tests": { "thomas": { "left": "tight", "right": "tight" },
                             "straightLegRaise": { "left": "normal", "right": "normal" },
                             "bridge": "archesBack", "birdDog": "spineShifts",
                             "sidePlankSeconds": { "left": 30, "right": 32 }, "instability": true },
                  "preferences": { "daysPerWeek": 3, "minutesPerSession": 20,
                                   "equipment": ["mat", "foamRoller", "wall"] } }
                """, daysAgo: 35, weeklyPain: [3, 3, 2, 4, 6], formBreaksInWeeks: [4]),
        DemoStory(
            name: "Sam Okafor", age: 29, notes: "Plays five-a-side on Sundays; weaker on the left.",
            assessment: """
                { "schema": "lumbar.assessment/1", "client": { "name": "Sam Okafor", "age": 29 },
                  "screening": { "redFlags": [], "medicalClearance": false },
                  "pain": { "now": 3, "worstWeek": 4, "belowKnee": false,
                            "worseWith": ["lifting", "rotation"], "betterWith": [] },
                  "lifestyle": { "sittingHours": 5, "activeDaysPerWeek": 4 },
                  "posture": [], "overheadSquat": ["shiftsRight", "kneesCaveIn"],
                  "tests": { "thomas": { "left": "normal", "right": "normal" },
                             "straightLegRaise": { "left": "normal", "right": "tight" },
                             "piriformis": { "left": "tight", "right": "normal" },
                             "bridge": "good", "birdDog": "good", "sidePlankSeconds": { "left": 20, "right": 45 } },
                  "preferences": { "daysPerWeek": 3, "minutesPerSession": 35,
                                   "equipment": ["mat", "foamRoller", "bands", "dumbbells", "wall"] } }
                """, daysAgo: 56, weeklyPain: [3, 2, 2, 1, 0, 0, 0, 0]),
        DemoStory(
            name: "Jo Turner", age: 58, notes: "Retired teacher; gardening flares the pain.",
            assessment: """
                { "schema": "lumbar.assessment/1", "client": { "name": "Jo Turner", "age": 58 },
                  "screening": { "redFlags": [], "medicalClearance": false },
                  "pain": { "now": 5, "worstWeek": 6, "belowKnee": false,
                            "worseWith": ["flexion", "lifting", "morning"], "betterWith": ["walking"] },
                  "lifestyle": { "sittingHours": 3, "activeDaysPerWeek": 2 },
                  "posture": ["roundedShoulders", "forwardHead"], "overheadSquat": ["excessiveForwardLean"],
                  "tests": { "thomas": { "left": "tight", "right": "tight" },
                             "straightLegRaise": { "left": "tight", "right": "tight" },
                             "bridge": "pushesThroughToes", "birdDog": "good",
                             "sidePlankSeconds": { "left": 15, "right": 17 } },
                  "preferences": { "daysPerWeek": 3, "minutesPerSession": 30,
                                   "equipment": ["mat", "towel", "chair", "wall"] } }
                """, daysAgo: 14, weeklyPain: [5, 4]),
    ]
}
