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
        errors.ids = AssessmentForm.ids
    }

    /// Step 1's fields as a stored assessment answered them, for step 2 to carry.
    static func screeningAnswers(of assessment: Assessment) -> FormBody {
        var fields: [String: [String]] = [:]
        for flag in RedFlag.allCases {
            fields["flag.\(flag.rawValue)"] = [assessment.screening.redFlags.contains(flag) ? "yes" : "no"]
        }
        fields["pain.now"] = [String(assessment.pain.now)]
        if let below = assessment.pain.belowKnee { fields["pain.belowKnee"] = [below ? "yes" : "no"] }
        if let age = assessment.client.age { fields["client.age"] = [String(age)] }
        return FormBody(fields: fields)
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
        let worse = form.all("pain.worseWith")
        let better = form.all("pain.betterWith")
        // One activity cannot make the pain both worse and better: the intolerance read from them
        // would be a guess.
        let both = PainTrigger.allCases.filter { worse.contains($0.rawValue) && better.contains($0.rawValue) }
        if !both.isEmpty {
            let names = both.map { AssessmentWords.trigger($0).lowercased() }.joined(separator: ", ")
            errors.add("pain.betterWith", "\(names) ticked as both; tick one of the two")
        }
        pain.append(("worseWith", .strings(worse)))
        pain.append(("betterWith", .strings(better)))
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

    // MARK: - Labels

    /// The element each field's problem in the summary links to (the control, or a question's text).
    static let ids: [String: String] = {
        var ids: [String: String] = [
            "client.age": "age", "pain.now": "pain-now", "pain.belowKnee": "below-knee-q",
            "pain.worseWith": "triggers", "pain.betterWith": "triggers",
            "pain.worstWeek": "worst-week", "lifestyle.sittingHours": "sitting",
            "lifestyle.activeDaysPerWeek": "active",
            "tests.bridge": "bridge", "tests.birdDog": "bird-dog", "tests.instability": "instability",
            "tests.sidePlankSeconds.left": "plank-left", "tests.sidePlankSeconds.right": "plank-right",
            "preferences.daysPerWeek": "days", "preferences.minutesPerSession": "minutes",
        ]
        for flag in RedFlag.allCases { ids["flag.\(flag.rawValue)"] = "flag-\(flag.rawValue)-q" }
        return ids
    }()

    /// Each field as the error summary names it: the page's words, not the JSON path.
    static let labels: [String: String] = {
        var labels: [String: String] = [
            "client.age": "Age", "pain.now": "Pain now", "pain.belowKnee": "Pain below the knee",
            "pain.worstWeek": "Worst pain this week", "pain.worseWith": "Worse with",
            "pain.betterWith": "Worse or better",
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
