import LumbarCore

/// How the wizard's steps show their model. Step 1 asks the red flags first and alone, each a
/// yes/no radio group named by its question; step 2 posts every answer at once, step 1's as hidden
/// fields. Each field at fault shows its message beside it, and the summary at the top lists them.
extension AssessmentPage {
    func content(csrf: String) -> [Node] {
        switch step {
        case .screening: return screening(csrf: csrf)
        case .details(let cautions, let clearance): return details(csrf: csrf, cautions: cautions, clearance: clearance)
        }
    }

    /// "Dana › Assessment › Step 1 of 2": where the page sits, with the way back to the client.
    static func trail(_ client: Client, step: String?) -> Node {
        .breadcrumb([(client.name, "/clients/\(client.id)")], here: "Assessment" + (step.map { " › \($0)" } ?? ""))
    }

    // MARK: - Step 1

    @NodeBuilder func screening(csrf: String) -> [Node] {
        Self.trail(client, step: "Step 1 of 2")
        Node.h1 { "Safety screening" }
        Node.p(.class("lead")) {
            "Some back pain needs a doctor before any exercise. Ask each question, in plain words, and record the "
                + "answer. One \"yes\" stops the assessment here."
        }
        errors.summary
        Node.form(.method("post"), .action("/clients/\(client.id)/assess/screening"), .novalidate()) {
            Node.csrf(csrf)
            Node.fieldset {
                Node.legend { "Red flags" }
                for flag in flags { yesNo(flag) }
            }
            Node.fieldset {
                Node.legend { "Pain and age" }
                Node.div(.class("field")) {
                    Node.label(.for("pain-now")) {
                        "Pain right now, 0 (none) to 10 (worst imaginable): "
                        Node.output(.class("slider-value"), .for("pain-now"), .data("for", "pain-now")) { painNow }
                    }
                    Node.input(
                        [
                            .id("pain-now"), .name("pain.now"), .type("range"), .min(Assessment.Limits.pain.lowerBound),
                            .max(Assessment.Limits.pain.upperBound), .step(1), .value(painNow), .required(),
                        ] + errors.aria("pain.now", id: "pain-now"))
                    errors.error("pain.now", id: "pain-now")
                }
                yesNo(belowKnee)
                numberField(
                    "client.age", id: "age", label: "Age (optional)", inputmode: "numeric",
                    range: Assessment.Limits.age, value: age)
            }
            actions("Continue")
        }
    }

    /// A yes/no question, its message tied to the group by id and `aria-describedby`.
    func yesNo(_ question: Question) -> Node {
        let error = errors.message(question.name)
        let described = error != nil ? Attribute.aria("describedby", "\(question.id)-error") : nil
        return .div(.class("question"), .role("radiogroup"), .aria("labelledby", "\(question.id)-q"), described) {
            Node.p(.id("\(question.id)-q")) { question.text }
            Node.div(.class("yesno")) {
                Node.label {
                    Node.input(
                        .type("radio"), .name(question.name), .value("no"), .required(),
                        .checked(question.answer == false))
                    " No"
                }
                Node.label {
                    Node.input(.type("radio"), .name(question.name), .value("yes"), .checked(question.answer == true))
                    " Yes"
                }
            }
            if let error {
                Node.p(.class("field-error"), .id("\(question.id)-error")) { error }
            }
        }
    }

    // MARK: - Step 2

    @NodeBuilder func details(csrf: String, cautions: [String], clearance: ClearanceQuote?) -> [Node] {
        Self.trail(client, step: "Step 2 of 2")
        Node.h1 { "Assessment" }
        Node.div(.class("notice ok"), .id("screening-passed")) {
            if let clearance {
                Node.p {
                    "Screening referred \(client.name), and a medical clearance is recorded (\(clearance.day)): "
                    Node.q { clearance.note }
                    " The program will carry it as its first caution. Record what you find; leave anything you did "
                        + "not test blank, and it counts as \"not assessed\", never as normal."
                }
            } else {
                Node.p {
                    "Screening passed: no red flags. Record what you find; leave anything you did not test blank, and "
                        + "it counts as \"not assessed\", never as normal."
                }
            }
            if !cautions.isEmpty {
                Node.ul {
                    for caution in cautions { Node.li { caution } }
                }
            }
        }
        errors.summary
        Node.form(.method("post"), .action("/clients/\(client.id)/assess"), .novalidate()) {
            Node.csrf(csrf)
            for field in carried { Node.input(.type("hidden"), .name(field.name), .value(field.value)) }
            pain
            lifestyle
            findings(
                "Standing posture", hint: "Look from the side and from behind, standing relaxed. Tick what you see.",
                prefix: "posture", name: "posture", items: postures, skipped: postureSkipped,
                skipLabel: "Posture not assessed")
            findings(
                "Overhead squat",
                hint: "Feet hip-width, arms straight overhead, five slow squats: watch from the front, then from the "
                    + "side.",
                prefix: "squat", name: "overheadSquat", items: compensations, skipped: squatSkipped,
                skipLabel: "Squat not assessed")
            lengthTestFields
            controlTests
            preferences
            actions("Build the program")
        }
    }

    private var pain: Node {
        .fieldset {
            Node.legend { "Pain" }
            Node.field("Worst pain in the last week (0–10)", for: "worst-week", name: "pain.worstWeek", errors: errors)
            {
                aria in
                .select([.id("worst-week"), .name("pain.worstWeek")] + aria) {
                    Node.option(.value(""), .selected(worstWeek.isEmpty)) { "Not asked" }
                    for pain in Assessment.Limits.pain {
                        Node.option(.value(String(pain)), .selected(worstWeek == String(pain))) { String(pain) }
                    }
                }
            }
            Node.div(.class("table-wrap"), .id("triggers"), .tabindex(-1)) {
                Node.table {
                    Node.caption(.class("muted")) { "What makes the pain worse or better?" }
                    Node.thead {
                        Node.tr {
                            Node.th(.scope("col")) { "Activity" }
                            Node.th(.scope("col")) { "Worse" }
                            Node.th(.scope("col")) { "Better" }
                        }
                    }
                    Node.tbody {
                        for trigger in triggers { row(trigger) }
                    }
                }
            }
            errors.error("pain.betterWith", id: "triggers")
        }
    }

    private func row(_ trigger: Trigger) -> Node {
        .tr {
            Node.th(.scope("row"), .id("trigger-\(trigger.value)")) { trigger.label }
            Node.td {
                Node.input(
                    .type("checkbox"), .name("pain.worseWith"), .value(trigger.value),
                    .aria("label", "Worse with \(trigger.label)"), .checked(trigger.worse))
            }
            Node.td {
                Node.input(
                    .type("checkbox"), .name("pain.betterWith"), .value(trigger.value),
                    .aria("label", "Better with \(trigger.label)"), .checked(trigger.better))
            }
        }
    }

    private var lifestyle: Node {
        .fieldset {
            Node.legend { "Lifestyle" }
            Node.div(.class("inline")) {
                numberField(
                    "lifestyle.sittingHours", id: "sitting", label: "Hours sitting on a usual day",
                    inputmode: "decimal", range: Self.whole(Assessment.Limits.sittingHours), step: "0.5",
                    value: sittingHours)
                numberField(
                    "lifestyle.activeDaysPerWeek", id: "active", label: "Active days a week", inputmode: "numeric",
                    range: Assessment.Limits.activeDaysPerWeek, value: activeDays)
            }
        }
    }

    /// The posture findings or squat compensations: a box for each, its words and what to look for
    /// (tied to the box by `aria-describedby`), then the box that says the check was not done.
    private func findings(
        _ legend: String, hint: String, prefix: String, name: String, items: [Finding], skipped: Bool,
        skipLabel: String
    ) -> Node {
        .fieldset {
            Node.legend { legend }
            Node.p(.class("hint")) { hint }
            Node.div(.class("choices two")) {
                for item in items {
                    Node.div(.class("field check")) {
                        Node.input(
                            .type("checkbox"), .id("\(prefix)-\(item.value)"), .name(name), .value(item.value),
                            .aria("describedby", "\(prefix)-\(item.value)-hint"), .checked(item.checked))
                        Node.label(.for("\(prefix)-\(item.value)")) {
                            Node.strong { item.label }
                            Node.br
                            Node.span(.class("hint"), .id("\(prefix)-\(item.value)-hint")) { item.lookFor }
                        }
                    }
                }
            }
            Node.div(.class("field check")) {
                Node.input(
                    .type("checkbox"), .id("\(prefix)-skip"), .name("\(name).skip"), .value("1"), .checked(skipped))
                Node.label(.for("\(prefix)-skip")) { skipLabel }
            }
        }
    }

    private var lengthTestFields: Node {
        .fieldset {
            Node.legend { "Muscle-length tests, each side" }
            for test in lengthTests {
                Node.div(.class("inline")) {
                    Node.p(.class("field")) {
                        Node.strong { test.label }
                        Node.br
                        Node.span(.class("hint")) { test.hint }
                    }
                    for side in test.sides {
                        selectField(side.name, id: side.id, label: side.label, choices: side.options)
                    }
                }
            }
        }
    }

    private var controlTests: Node {
        .fieldset {
            Node.legend { "Control tests" }
            Node.div(.class("inline")) {
                selectField("tests.bridge", id: "bridge", label: "Bridge", choices: bridge)
                selectField("tests.birdDog", id: "bird-dog", label: "Bird dog", choices: birdDog)
                selectField(
                    "tests.instability", id: "instability", label: "Unstable low back (your judgement)",
                    choices: instability)
            }
            Node.div(.class("inline")) {
                numberField(
                    "tests.sidePlankSeconds.left", id: "plank-left", label: "Side plank hold, left (seconds)",
                    inputmode: "decimal", range: Self.whole(Assessment.Limits.sidePlankSeconds), value: plankLeft)
                numberField(
                    "tests.sidePlankSeconds.right", id: "plank-right", label: "Side plank hold, right (seconds)",
                    inputmode: "decimal", range: Self.whole(Assessment.Limits.sidePlankSeconds), value: plankRight)
            }
        }
    }

    private var preferences: Node {
        .fieldset {
            Node.legend { "Preferences" }
            Node.div(.class("inline")) {
                numberField(
                    "preferences.daysPerWeek", id: "days", label: "Days a week to train", inputmode: "numeric",
                    range: Assessment.Limits.daysPerWeek, value: days)
                numberField(
                    "preferences.minutesPerSession", id: "minutes", label: "Minutes a session", inputmode: "numeric",
                    range: Assessment.Limits.minutesPerSession, value: minutes)
            }
            Node.p(.class("hint")) {
                "Equipment at hand (none ticked: a home kit of mat, foam roller, towel, wall and chair is assumed)."
            }
            Node.div(.class("choices two")) {
                for item in equipment {
                    Node.div(.class("field check")) {
                        Node.input(
                            .type("checkbox"), .id("eq-\(item.value)"), .name("preferences.equipment"),
                            .value(item.value), .checked(item.selected))
                        Node.label(.for("eq-\(item.value)")) { item.label }
                    }
                }
            }
        }
    }

    // MARK: - Fields

    /// A labelled number box limited to `range`.
    private func numberField(
        _ name: String, id: String, label: String, inputmode: String, range: ClosedRange<Int>,
        step stepSize: String? = nil, value: String
    ) -> Node {
        .field(label, for: id, name: name, errors: errors) { aria in
            .input(
                [
                    .id(id), .name(name), .type("number"), .inputmode(inputmode), .min(range.lowerBound),
                    .max(range.upperBound), stepSize.map { Attribute(name: "step", value: $0) }, .value(value),
                ] + aria)
        }
    }

    /// A labelled list of answers.
    private func selectField(_ name: String, id: String, label: String, choices: [Choice]) -> Node {
        .field(label, for: id, name: name, errors: errors) { aria in
            .select([.id(id), .name(name)] + aria) {
                for choice in choices {
                    Node.option(.value(choice.value), .selected(choice.selected)) { choice.label }
                }
            }
        }
    }

    private func actions(_ submit: String) -> Node {
        .div(.class("actions")) {
            Node.button(.type("submit"), .class("primary")) { submit }
            Node.a(.href("/clients/\(client.id)")) { "Cancel" }
        }
    }

    /// A decimal limit as the whole numbers the box's `min` and `max` take.
    private static func whole(_ range: ClosedRange<Double>) -> ClosedRange<Int> {
        Int(range.lowerBound)...Int(range.upperBound)
    }
}
