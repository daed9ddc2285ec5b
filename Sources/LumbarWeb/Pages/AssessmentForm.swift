import Foundation
import LumbarCore
import LumbarJSON

/// The assessment wizard's fields. Each is named after its JSON path in `lumbar.assessment/1`
/// (`pain.now`, `tests.thomas.left`), so the core parser's error paths point straight at the
/// field at fault, and the page can re-render everything that was typed.
struct AssessmentForm {
    /// The answers a length test takes; the straight-leg raise can also bring on leg symptoms, a
    /// nerve sign rather than tightness.
    static func lengthOptions(_ key: String) -> [(String, String)] {
        let lengths = LengthResult.allCases.map { ($0.rawValue, $0 == .tight ? "Tight" : "Normal") }
        guard key == "straightLegRaise" else { return lengths }
        return lengths + [(StraightLegRaiseResult.nerveSymptoms.rawValue, "Brings on leg symptoms")]
    }

    static let lengthTests: [(key: String, label: String, hint: String)] = [
        (
            "thomas", "Thomas test (hip flexors)",
            "Lying back off a table, knee hugged in: the other thigh should rest on the table."
        ),
        (
            "straightLegRaise", "Straight-leg raise (hamstrings)",
            "Lying flat, one leg raised straight: under about 70° without nerve symptoms counts as tight; if it brings "
                + "on tingling, burning or pain down the leg, choose \"Brings on leg symptoms\"."
        ),
        (
            "piriformis", "Figure-4 test (piriformis)",
            "Ankle over the opposite knee: restricted, or it brings on buttock tightness, counts as tight."
        ),
    ]

    let form: FormBody
    private(set) var errors = FormErrors()

    init(_ form: FormBody) {
        self.form = form
        errors.labels = AssessmentForm.labels
    }

    /// The screening answers (step 1): every red-flag question, pain now and below-knee answered.
    mutating func checkScreening() {
        for flag in RedFlag.allCases where yesNo("flag.\(flag.rawValue)") == nil {
            errors.add("flag.\(flag.rawValue)", "answer yes or no")
        }
        if yesNo("pain.belowKnee") == nil { errors.add("pain.belowKnee", "answer yes or no") }
        _ = integer("pain.now", in: Assessment.Limits.pain, required: true)
        _ = integer("client.age", in: Assessment.Limits.age)
    }

    /// The whole document from the fields that were given; blank fields stay "not assessed".
    /// Numbers are checked here so the message speaks of the form, not of JSON types.
    mutating func document(clientName: String, detailed: Bool) -> JSONValue {
        var client: [(String, JSONValue)] = [("name", .string(clientName))]
        if let age = integer("client.age", in: Assessment.Limits.age) { client.append(("age", .int(age))) }
        let flags = RedFlag.allCases.filter { yesNo("flag.\($0.rawValue)") == true }
        var pain: [(String, JSONValue)] = [
            ("now", .int(integer("pain.now", in: Assessment.Limits.pain, required: true) ?? 0))
        ]
        if let below = yesNo("pain.belowKnee") { pain.append(("belowKnee", .bool(below))) }
        var top: [(String, JSONValue)] = [
            ("schema", .string(Assessment.schema)), ("client", .object(client)),
            (
                "screening",
                .object([("redFlags", .strings(flags.map(\.rawValue))), ("medicalClearance", .bool(false))])
            ),
        ]
        guard detailed else {
            top.append(("pain", .object(pain)))
            return .object(top)
        }
        if let worst = integer("pain.worstWeek", in: Assessment.Limits.pain) { pain.append(("worstWeek", .int(worst))) }
        pain.append(("worseWith", .strings(form.all("pain.worseWith"))))
        pain.append(("betterWith", .strings(form.all("pain.betterWith"))))
        top.append(("pain", .object(pain)))

        var lifestyle: [(String, JSONValue)] = []
        if let hours = decimal("lifestyle.sittingHours", in: Assessment.Limits.sittingHours) {
            lifestyle.append(("sittingHours", .number(hours)))
        }
        if let days = integer("lifestyle.activeDaysPerWeek", in: Assessment.Limits.activeDaysPerWeek) {
            lifestyle.append(("activeDaysPerWeek", .int(days)))
        }
        if !lifestyle.isEmpty { top.append(("lifestyle", .object(lifestyle))) }
        if !form.checked("posture.skip") { top.append(("posture", .strings(form.all("posture")))) }
        if !form.checked("overheadSquat.skip") { top.append(("overheadSquat", .strings(form.all("overheadSquat")))) }

        var tests: [(String, JSONValue)] = []
        for test in Self.lengthTests {
            let sides = ["left", "right"].compactMap { side in
                form.first("tests.\(test.key).\(side)").map { (side, JSONValue.string($0)) }
            }
            if !sides.isEmpty { tests.append((test.key, .object(sides))) }
        }
        if let bridge = form.first("tests.bridge") { tests.append(("bridge", .string(bridge))) }
        if let birdDog = form.first("tests.birdDog") { tests.append(("birdDog", .string(birdDog))) }
        let plank = ["left", "right"].compactMap { side in
            decimal("tests.sidePlankSeconds.\(side)", in: Assessment.Limits.sidePlankSeconds).map {
                (side, JSONValue.number($0))
            }
        }
        if !plank.isEmpty { tests.append(("sidePlankSeconds", .object(plank))) }
        if let unstable = yesNo("tests.instability") { tests.append(("instability", .bool(unstable))) }
        if !tests.isEmpty { top.append(("tests", .object(tests))) }

        var preferences: [(String, JSONValue)] = []
        if let days = integer("preferences.daysPerWeek", in: Assessment.Limits.daysPerWeek) {
            preferences.append(("daysPerWeek", .int(days)))
        }
        if let minutes = integer("preferences.minutesPerSession", in: Assessment.Limits.minutesPerSession) {
            preferences.append(("minutesPerSession", .int(minutes)))
        }
        // With no box ticked the planner assumes a home kit, as the hint on the page says.
        let equipment = form.all("preferences.equipment")
        if !equipment.isEmpty { preferences.append(("equipment", .strings(equipment))) }
        if !preferences.isEmpty { top.append(("preferences", .object(preferences))) }
        return .object(top)
    }

    /// Adds the core parser's complaints to the form's own.
    mutating func add(_ error: APIError) {
        for issue in error.issues where errors.message(issue.path) == nil { errors.add(issue.path, issue.message) }
        if error.issues.isEmpty { errors.add(error.field ?? "", error.message) }
    }

    // MARK: - Reading fields

    func yesNo(_ name: String) -> Bool? {
        switch form.first(name) {
        case "yes": return true
        case "no": return false
        default: return nil
        }
    }

    mutating func integer(_ name: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let text = form.first(name) else {
            if required { errors.add(name, "fill this in") }
            return nil
        }
        guard let value = Int(text), range.contains(value) else {
            errors.add(name, "enter a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    mutating func decimal(_ name: String, in range: ClosedRange<Double>) -> Double? {
        guard let text = form.first(name) else { return nil }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite, range.contains(value)
        else {
            errors.add(name, "enter a number from \(Int(range.lowerBound)) to \(Int(range.upperBound))")
            return nil
        }
        return value
    }

    // MARK: - Template values

    /// Everything the wizard's templates show, filled from what was sent (or from `defaults`).
    func values(defaults: [String: String] = [:]) -> [String: Any] {
        func text(_ name: String) -> String { form.fields[name]?.first ?? defaults[name] ?? "" }
        func option(_ value: String, _ label: String, selectedIn name: String) -> [String: Any] {
            ["value": value, "label": label, "selected": text(name) == value]
        }
        /// A select's options: first the empty answer ("not tested"), then each value with its words.
        func options(_ name: String, empty: String, _ choices: [(value: String, label: String)]) -> [[String: Any]] {
            [option("", empty, selectedIn: name)] + choices.map { option($0.value, $0.label, selectedIn: name) }
        }
        func error(_ name: String) -> Any { errors.message(name) ?? false }
        let checkedIn = { (name: String, value: String) in form.fields[name]?.contains(value) ?? false }

        var values: [String: Any] = [
            "flags": RedFlag.allCases.map { flag -> [String: Any] in
                let name = "flag.\(flag.rawValue)"
                return [
                    "name": name, "id": "flag-\(flag.rawValue)", "question": AssessmentWords.question(flag),
                    "yes": yesNo(name) == true, "no": yesNo(name) == false, "error": error(name),
                ]
            },
            "age": text("client.age"), "ageError": error("client.age"),
            "painNow": text("pain.now").isEmpty ? "0" : text("pain.now"), "painNowError": error("pain.now"),
            "belowKneeYes": yesNo("pain.belowKnee") == true, "belowKneeNo": yesNo("pain.belowKnee") == false,
            "belowKneeError": error("pain.belowKnee"),
            "worstWeek": text("pain.worstWeek").isEmpty ? text("pain.now") : text("pain.worstWeek"),
            "triggers": PainTrigger.allCases.map { trigger -> [String: Any] in
                [
                    "value": trigger.rawValue, "label": AssessmentWords.trigger(trigger),
                    "worse": checkedIn("pain.worseWith", trigger.rawValue),
                    "better": checkedIn("pain.betterWith", trigger.rawValue),
                ]
            },
            "sittingHours": text("lifestyle.sittingHours"), "sittingHoursError": error("lifestyle.sittingHours"),
            "activeDays": text("lifestyle.activeDaysPerWeek"), "activeDaysError": error("lifestyle.activeDaysPerWeek"),
            "postureSkip": form.checked("posture.skip"),
            "postures": PostureFinding.allCases.map { finding -> [String: Any] in
                let words = AssessmentWords.posture(finding)
                return [
                    "value": finding.rawValue, "label": words.label, "lookFor": words.lookFor,
                    "checked": checkedIn("posture", finding.rawValue),
                ]
            },
            "squatSkip": form.checked("overheadSquat.skip"),
            "compensations": Compensation.allCases.map { compensation -> [String: Any] in
                let words = AssessmentWords.compensation(compensation)
                return [
                    "value": compensation.rawValue, "label": words.label, "lookFor": words.lookFor,
                    "checked": checkedIn("overheadSquat", compensation.rawValue),
                ]
            },
            "lengthTests": Self.lengthTests.map { test -> [String: Any] in
                [
                    "key": test.key, "label": test.label, "hint": test.hint,
                    "sides": ["left", "right"].map { side -> [String: Any] in
                        let name = "tests.\(test.key).\(side)"
                        return [
                            "name": name, "id": "tests-\(test.key)-\(side)", "side": side.capitalized,
                            "error": error(name),
                            "options": options(name, empty: "Not tested", Self.lengthOptions(test.key)),
                        ]
                    },
                ]
            },
            "bridgeOptions": options(
                "tests.bridge", empty: "Not tested",
                BridgeResult.allCases.map { ($0.rawValue, AssessmentWords.bridge($0)) }),
            "birdDogOptions": options(
                "tests.birdDog", empty: "Not tested",
                BirdDogResult.allCases.map { ($0.rawValue, AssessmentWords.birdDog($0)) }),
            "plankLeft": text("tests.sidePlankSeconds.left"), "plankLeftError": error("tests.sidePlankSeconds.left"),
            "plankRight": text("tests.sidePlankSeconds.right"),
            "plankRightError": error("tests.sidePlankSeconds.right"),
            "instabilityOptions": options(
                "tests.instability", empty: "Not judged", [("yes", "Yes: the spine is hard to control"), ("no", "No")]),
            "days": text("preferences.daysPerWeek"), "daysError": error("preferences.daysPerWeek"),
            "minutes": text("preferences.minutesPerSession"), "minutesError": error("preferences.minutesPerSession"),
            "equipment": Equipment.allCases.map { item -> [String: Any] in
                [
                    "value": item.rawValue, "label": AssessmentWords.equipment(item),
                    "checked": checkedIn("preferences.equipment", item.rawValue),
                ]
            },
        ]
        // Step 2 carries step 1's answers along unseen, so one post holds the whole assessment.
        let carried = ["client.age", "pain.now", "pain.belowKnee"] + RedFlag.allCases.map { "flag.\($0.rawValue)" }
        values["carried"] = carried.compactMap { name in
            form.first(name).map { ["name": name, "value": $0] }
        }
        values.merge(errors.values) { $1 }
        return values
    }

    static let labels: [String: String] = {
        var labels: [String: String] = [
            "client.age": "Age", "pain.now": "Pain now", "pain.belowKnee": "Pain below the knee",
            "pain.worstWeek": "Worst pain this week", "pain.worseWith": "Worse with", "pain.betterWith": "Better with",
            "lifestyle.sittingHours": "Hours sitting a day", "lifestyle.activeDaysPerWeek": "Active days a week",
            "posture": "Posture", "overheadSquat": "Overhead squat", "tests.bridge": "Bridge test",
            "tests.birdDog": "Bird dog test", "tests.sidePlankSeconds.left": "Side plank, left",
            "tests.sidePlankSeconds.right": "Side plank, right", "tests.instability": "Instability",
            "preferences.daysPerWeek": "Days a week", "preferences.minutesPerSession": "Minutes a session",
            "preferences.equipment": "Equipment",
        ]
        for flag in RedFlag.allCases { labels["flag.\(flag.rawValue)"] = AssessmentWords.question(flag) }
        for test in lengthTests {
            labels["tests.\(test.key).left"] = "\(test.label), left"
            labels["tests.\(test.key).right"] = "\(test.label), right"
        }
        return labels
    }()
}
