/// The guided player's markup: a hidden section whose steps `player.js` shows one at a time by id
/// (pain before, each set, a review after each exercise, pain after, saving), its settings in
/// data- attributes and the plan in a JSON script element, because the page's CSP allows no
/// inline script. The steps' texts that change are filled in by the script.
extension SharePage {
    /// The player's section and, after it, the plan it runs.
    @NodeBuilder func player(_ player: Player) -> [Node] {
        Node.section(
            .id("player"), .class("player"), .hidden(), .aria("labelledby", "player-h"),
            .data("timer-scale", player.timerScale), .data("post-url", player.postURL),
            .data("storage-key", player.storageKey),
            .data("stop-floor", String(player.stopFloor)), .data("last-session", player.lastSessionDate ?? ""),
            .data("days-between", String(player.daysBetween))
        ) {
            Node.h2(.id("player-h"), .class("visually-hidden")) { "Guided session" }
            Node.p(
                .id("player-status"), .class("visually-hidden"), .role("status"), .aria("live", "polite"),
                .aria("atomic", "true")
            ) {}
            Node.p(.class("progress"), .id("player-progress")) {}
            Self.beforeStep(lastPain: player.lastPain)
            Self.workStep
            Self.reviewStep
            Self.afterStep
            Node.div(.id("step-sending"), .class("step"), .hidden()) {
                Node.h3(.tabindex(-1)) { "Saving your session…" }
            }
            Node.div(.id("step-sent"), .class("step"), .hidden()) {
                Node.h3(.tabindex(-1)) { "Saved" }
                Node.p {
                    "Your session is in your log, and your trainer can see it. Tomorrow morning, come back and tell "
                        + "us how your back feels."
                }
                Node.p(.class("actions")) {
                    Node.a(.class("button primary"), .id("see-progress"), .href("/s/\(token)")) { "See your progress" }
                }
            }
            Node.div(.id("step-failed"), .class("step"), .hidden()) {
                Node.h3(.tabindex(-1)) { "Not saved yet" }
                Node.p(.class("field-error"), .id("send-error")) {}
                Node.p {
                    "Your session is kept on this device, so nothing is lost. Try again when you are back online."
                }
                Node.p(.class("actions")) {
                    Node.button(.type("button"), .class("primary"), .id("retry")) { "Try again" }
                }
            }
            Node.div(.class("controls"), .id("player-controls")) {
                Node.button(.type("button"), .id("player-back")) { "Back" }
                Node.button(.type("button"), .id("player-pause"), .aria("pressed", "false")) { "Pause" }
                Node.button(.type("button"), .id("player-skip")) { "Skip" }
                Node.button(.type("button"), .id("player-skip-exercise")) { "Skip exercise" }
            }
            Node.p {
                Node.button(.type("button"), .class("link"), .id("player-leave")) {
                    "Leave for now (your progress is kept)"
                }
            }
        }
        // Trusted: `scriptJSON` escaped what could end the element, and entities are not decoded here.
        Node.element("script", [.type("application/json"), .id("player-plan")]) { Node.trusted(player.plan) }
    }

    /// Pain before the session. No answer is filled in: the slider reads "not answered" until the
    /// person moves it (the last pain they reported is shown beside it, as a reminder only).
    static func beforeStep(lastPain: Int?) -> Node {
        .div(.id("step-before"), .class("step"), .hidden()) {
            Node.h3(.tabindex(-1)) { "Before you start" }
            painSlider(
                id: "pain-before",
                label: "How much pain do you have right now? (0 = none, 10 = the worst you can imagine)",
                value: 0, unanswered: true)
            if let lastPain { Node.p(.class("hint")) { "Last time you reported \(lastPain)/10." } }
            Node.p(.class("hint")) { "Stop any exercise that hurts more than 5 out of 10, and tell your trainer." }
            Node.p(.class("field-error"), .id("before-error"), .role("alert"), .hidden()) {}
            Node.p(.class("actions")) {
                Node.button(.type("button"), .class("primary big"), .id("begin")) { "Begin" }
            }
        }
    }

    /// One set of an exercise: its name, dose and prompt, the stop line, the clock for timed work
    /// and the rep counter for counted work, and the cues.
    static var workStep: Node {
        .div(.id("step-work"), .class("step"), .hidden()) {
            Node.p(.class("muted"), .id("ex-phase")) {}
            Node.h3(.id("ex-name"), .tabindex(-1)) {}
            Node.p(.class("dose"), .id("ex-dose")) {}
            Node.p(.class("prompt"), .id("ex-prompt")) {}
            Node.p(.class("stop-line"), .id("stop-line")) {}
            Node.p(.class("paused-banner"), .id("paused-banner"), .hidden()) { "Paused" }
            Node.p(.class("clock"), .id("clock"), .aria("hidden", "true")) {}
            Node.div(.id("reps"), .class("reps"), .hidden()) {
                Node.p(.class("counter")) {
                    Node.span(.id("rep-count")) { "0" }
                    Node.span(.class("of"), .id("rep-target")) {}
                }
                Node.button(.type("button"), .class("primary tap"), .id("rep-tap"), .aria("describedby", "rep-help")) {
                    "Count a rep"
                }
                Node.p(.class("hint"), .id("rep-help")) {
                    "Tap after each rep"
                    Node.span(.class("keyboard-only")) { ", or press the space bar" }
                    "."
                }
                Node.div(.class("actions")) {
                    Node.button(.type("button"), .id("rep-undo")) { "Undo a rep" }
                    Node.button(.type("button"), .id("rep-pace"), .aria("pressed", "false")) { "Count for me" }
                    Node.button(.type("button"), .class("primary"), .id("set-done")) { "Set done" }
                }
            }
            Node.details(.class("player-cues")) {
                Node.summary { "How to do it" }
                Node.ul(.class("cues"), .id("ex-cues")) {}
            }
            Node.p(.class("actions")) {
                Node.button(.type("button"), .class("danger"), .id("player-hurts")) {
                    "It hurts too much: stop this exercise"
                }
            }
        }
    }

    /// After each exercise: the most pain during it (with the stop rule's warning) and whether
    /// the person's form held. Neither is answered for them.
    static var reviewStep: Node {
        .div(.id("step-review"), .class("step"), .hidden()) {
            Node.h3(.tabindex(-1), .id("review-h")) {}
            painSlider(
                id: "pain-during", label: "The most pain you felt during it (0 to 10)", value: 0, unanswered: true)
            Node.p(.class("notice warn"), .id("over-limit"), .role("status"), .hidden()) {}
            Node.fieldset(.class("field yesno-field"), .id("form-question")) {
                Node.legend { "Did your form stay good: your back steady, every rep done well?" }
                Node.div(.class("yesno")) {
                    Node.label {
                        Node.input(.type("radio"), .name("form"), .id("form-ok"), .value("yes"))
                        " Yes"
                    }
                    Node.label {
                        Node.input(.type("radio"), .name("form"), .id("form-bad"), .value("no"))
                        " No, it slipped"
                    }
                }
            }
            Node.p(.class("field-error"), .id("review-error"), .role("alert"), .hidden()) {}
            Node.p(.class("actions")) {
                Node.button(.type("button"), .class("primary big"), .id("review-next")) { "Next" }
            }
        }
    }

    /// Pain after the session, then the post.
    static var afterStep: Node {
        .div(.id("step-after"), .class("step"), .hidden()) {
            Node.h3(.tabindex(-1)) { "All done. Well done!" }
            painSlider(id: "pain-after", label: "How much pain do you have now? (0 to 10)", value: 0, unanswered: true)
            Node.p(.class("field-error"), .id("after-error"), .role("alert"), .hidden()) {}
            Node.p(.class("actions")) {
                Node.button(.type("button"), .class("primary big"), .id("finish")) { "Finish and save" }
            }
        }
    }
}
