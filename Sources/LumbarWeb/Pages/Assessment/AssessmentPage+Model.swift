import Foundation
import LumbarCore
import LumbarStore

/// What a step of the assessment wizard shows: every field filled from what was sent, so a page
/// shown again after a mistake keeps everything typed, and the problems found. Both steps read the
/// same form, since step 2 re-renders step 1's answers as hidden fields.
struct AssessmentPage {
    /// The client the pages link back to.
    struct Client {
        let id: String
        let name: String

        init(_ record: ClientRecord) {
            id = record.id.wire
            name = record.name
        }
    }

    /// Which step the page is; both show the same form's fields.
    enum Step {
        /// Step 1: the red flags, pain now, pain below the knee and age.
        case screening
        /// Step 2: everything else. `cautions` are what screening found to watch for; they are not
        /// known when step 2 is shown again after a mistake, and then the list is left out.
        /// `clearance` is the recorded clearance that lets a referral go on to this step.
        case details(cautions: [String], clearance: ClearanceQuote? = nil)
    }

    /// A question answered yes or no with two radio buttons.
    struct Question {
        let name: String
        /// The element id the question's paragraph and error are named after.
        let id: String
        let text: String
        /// Nil until answered.
        let answer: Bool?
    }

    /// One answer a list offers, or one box of a group: `selected` is whether it was chosen or ticked.
    struct Choice {
        let value: String
        let label: String
        let selected: Bool
    }

    /// An activity in the worse/better table, with its two boxes.
    struct Trigger {
        let value: String
        let label: String
        let worse: Bool
        let better: Bool
    }

    /// A posture finding or squat compensation to tick, with what to look for.
    struct Finding {
        let value: String
        let label: String
        let lookFor: String
        let checked: Bool
    }

    /// A muscle-length test, answered for each side.
    struct LengthTest {
        struct Side {
            let name: String
            let id: String
            /// "Left" or "Right".
            let label: String
            let options: [Choice]
        }

        let label: String
        let hint: String
        let sides: [Side]
    }

    let client: Client
    let step: Step
    let errors: FormErrors

    // Step 1.
    let flags: [Question]
    /// The slider's value: "0" until one is sent.
    let painNow: String
    let belowKnee: Question
    let age: String

    // Step 2.
    /// Step 1's answers, carried along unseen so one post holds the whole assessment.
    let carried: [(name: String, value: String)]
    /// The slider starts at pain now until a worst pain is sent.
    let worstWeek: String
    let triggers: [Trigger]
    let sittingHours: String
    let activeDays: String
    let postureSkipped: Bool
    let postures: [Finding]
    let squatSkipped: Bool
    let compensations: [Finding]
    let lengthTests: [LengthTest]
    let bridge: [Choice]
    let birdDog: [Choice]
    let instability: [Choice]
    let plankLeft: String
    let plankRight: String
    let days: String
    let minutes: String
    let equipment: [Choice]

    var title: String { "Assess \(client.name)" }

    /// The page for `form` as sent; `defaults` fill the fields it does not hold (the client's age
    /// when step 1 first opens).
    init(_ form: AssessmentForm, client: ClientRecord, step: Step, defaults: [String: String] = [:]) {
        let fields = form.form.fields
        func text(_ name: String) -> String { fields[name]?.first ?? defaults[name] ?? "" }
        func ticked(_ name: String, _ value: String) -> Bool { fields[name]?.contains(value) ?? false }
        /// A list's answers: first the empty one ("not tested"), then each value with its words.
        func choices(_ name: String, empty: String, _ answers: [(value: String, label: String)]) -> [Choice] {
            [Choice(value: "", label: empty, selected: text(name) == "")]
                + answers.map { Choice(value: $0.value, label: $0.label, selected: text(name) == $0.value) }
        }

        self.client = Client(client)
        self.step = step
        errors = form.errors

        flags = RedFlag.allCases.map { flag in
            let name = "flag.\(flag.rawValue)"
            return Question(
                name: name, id: "flag-\(flag.rawValue)", text: AssessmentWords.question(flag), answer: form.yesNo(name))
        }
        painNow = text("pain.now").isEmpty ? "0" : text("pain.now")
        belowKnee = Question(
            name: "pain.belowKnee", id: "below-knee", text: "Does pain, numbness or tingling spread below the knee?",
            answer: form.yesNo("pain.belowKnee"))
        age = text("client.age")

        let carriedNames =
            ["client.age", "pain.now", "pain.belowKnee"] + RedFlag.allCases.map { "flag.\($0.rawValue)" }
        carried = carriedNames.compactMap { name in form.form.first(name).map { (name: name, value: $0) } }
        // Blank until asked: a copy of "pain now" would be a worst pain nobody gave.
        worstWeek = text("pain.worstWeek")
        triggers = PainTrigger.allCases.map { trigger in
            Trigger(
                value: trigger.rawValue, label: AssessmentWords.trigger(trigger),
                worse: ticked("pain.worseWith", trigger.rawValue), better: ticked("pain.betterWith", trigger.rawValue))
        }
        sittingHours = text("lifestyle.sittingHours")
        activeDays = text("lifestyle.activeDaysPerWeek")
        postureSkipped = form.form.checked("posture.skip")
        postures = PostureFinding.allCases.map { finding in
            let words = AssessmentWords.posture(finding)
            return Finding(
                value: finding.rawValue, label: words.label, lookFor: words.lookFor,
                checked: ticked("posture", finding.rawValue))
        }
        squatSkipped = form.form.checked("overheadSquat.skip")
        compensations = Compensation.allCases.map { compensation in
            let words = AssessmentWords.compensation(compensation)
            return Finding(
                value: compensation.rawValue, label: words.label, lookFor: words.lookFor,
                checked: ticked("overheadSquat", compensation.rawValue))
        }
        lengthTests = AssessmentForm.lengthTests.map { test in
            LengthTest(
                label: test.label, hint: test.hint,
                sides: ["left", "right"].map { side in
                    let name = "tests.\(test.key).\(side)"
                    return LengthTest.Side(
                        name: name, id: "tests-\(test.key)-\(side)", label: side.capitalized,
                        options: choices(name, empty: "Not tested", AssessmentForm.lengthOptions(test.key)))
                })
        }
        bridge = choices(
            "tests.bridge", empty: "Not tested", BridgeResult.allCases.map { ($0.rawValue, AssessmentWords.bridge($0)) }
        )
        birdDog = choices(
            "tests.birdDog", empty: "Not tested",
            BirdDogResult.allCases.map { ($0.rawValue, AssessmentWords.birdDog($0)) })
        instability = choices(
            "tests.instability", empty: "Not judged", [("yes", "Yes: the spine is hard to control"), ("no", "No")])
        plankLeft = text("tests.sidePlankSeconds.left")
        plankRight = text("tests.sidePlankSeconds.right")
        days = text("preferences.daysPerWeek")
        minutes = text("preferences.minutesPerSession")
        equipment = Equipment.allCases.map { item in
            Choice(
                value: item.rawValue, label: AssessmentWords.equipment(item),
                selected: ticked("preferences.equipment", item.rawValue))
        }
    }
}
