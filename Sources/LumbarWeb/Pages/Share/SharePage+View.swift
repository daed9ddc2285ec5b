import LumbarCore

/// How the share page shows its model: inside `#overview` the greeting, the next-morning question,
/// today's session (or why there is none), the progress (streak, pain chart and table) and the
/// exercises in order; after it the guided player (`SharePage+Player.swift`), which `player.js`
/// shows in the overview's place. The ids and data- attributes are what `share.js`, `player.js`
/// and `forms.js` read.
extension SharePage {
    /// The page; `csrf` is the token the next-morning form carries.
    @NodeBuilder func content(csrf: String) -> [Node] {
        Node.div(.id("overview")) {
            Node.h1 { "Hi \(firstName)" }
            if morningSaved {
                Node.div(.class("notice ok"), .role("status"), .id("morning-saved")) {
                    Node.p { "Thank you: your next-morning pain is saved." }
                }
            }
            if let morning { morningCard(morning, csrf: csrf) }
            if let program {
                todaySection(program)
            } else {
                Node.div(.class("notice"), .id("no-program")) {
                    Node.h2 { "No exercises for now" }
                    Node.p { noProgramMessage }
                }
            }
            progressSection
            if let program { exercisesSection(program) }
        }
        if let program { player(program.player) }
    }

    /// The next-morning question; `share.js` hides it until this device's day is past the session's.
    func morningCard(_ morning: MorningQuestion, csrf: String) -> Node {
        .section(
            .class("card"), .aria("labelledby", "morning-h"), .id("morning-card"), .data("session-date", morning.date)
        ) {
            Node.h2(.id("morning-h")) { "How is your back this morning?" }
            errors.summary
            Node.form(.method("post"), .action("/s/\(token)/morning"), .class("stack"), .novalidate()) {
                Node.csrf(csrf)
                Node.input(.type("hidden"), .name("session"), .value(morning.sessionID))
                Self.painSlider(
                    id: "morning-pain", name: "pain",
                    label: "Pain this morning, after your session on \(morning.dateLabel) "
                        + "(0 = none, 10 = the worst you can imagine)",
                    value: morning.value, aria: errors.aria("pain"), error: errors.error("pain"))
                Node.button(.type("submit"), .class("primary"), .id("morning-save")) { "Save" }
            }
        }
    }

    /// Today's session: its figures, and the buttons `player.js` reveals (start, or resume an
    /// unfinished session); without the script, a note that the list below still works.
    func todaySection(_ program: FollowedProgram) -> Node {
        .section(.aria("labelledby", "today-h"), .id("today")) {
            Node.h2(.id("today-h")) { "Today's session" }
            Node.p(.class("muted")) {
                "\(program.exerciseCount) exercises, about \(program.estimatedMinutes) minutes · "
                    + "\(program.daysPerWeek) days a week" + (program.maintenance ? " · maintenance" : "")
            }
            if !program.leftOut.isEmpty {
                Node.p(.class("notice warn"), .id("left-out")) {
                    "Left out for now, until your trainer looks at it again, because it hurt: "
                        + program.leftOut.joined(separator: ", ") + "."
                }
            }
            // Shown by `player.js` when this device's date is the latest session's: today is done.
            Node.div(.class("notice ok"), .id("done-today"), .hidden()) {
                Node.p {
                    Node.strong { "Done today. Well done!" }
                    " Your next session: "
                    Node.span(.id("next-session")) {}
                    "."
                }
            }
            Node.div(.class("notice warn"), .id("resume-card"), .hidden()) {
                Node.p(.id("resume-text")) { "You have a session that is not finished yet." }
                Node.div(.class("actions")) {
                    Node.button(.type("button"), .class("primary"), .id("resume-session")) { "Resume session" }
                    Node.button(.type("button"), .id("discard-session")) { "Start over" }
                }
            }
            Node.p(.class("actions")) {
                Node.button(.type("button"), .class("primary big"), .id("start-session"), .hidden()) {
                    "Start session"
                }
            }
            Node.noscript {
                Node.p(.class("notice")) {
                    "The guided session needs JavaScript. You can still follow the exercises below in order."
                }
            }
        }
    }

    /// The streaks, the pain chart and, once there are sessions, the same numbers as a table.
    var progressSection: Node {
        .section(.aria("labelledby", "progress-h"), .id("progress")) {
            Node.h2(.id("progress-h")) { "Your progress" }
            Node.dl(.class("streak")) {
                Node.div {
                    Node.dt { "Days in a row" }
                    Node.dd(.id("streak-days")) { streak.days == 1 ? "1 day" : "\(streak.days) days" }
                }
                Node.div {
                    Node.dt { "Weeks on plan" }
                    Node.dd(.id("streak-weeks")) { streak.weeks == 1 ? "1 week" : "\(streak.weeks) weeks" }
                }
            }
            Node.p(.class("hint")) {
                "A day counts when you log a session on it. A week, Monday to Sunday, counts when you train on "
                    + "\(plannedPerWeek) or more days; this week counts once you get there."
            }
            Node.figure(.class("chart-figure"), .id("pain-history")) {
                painChart.node
                Node.figcaption(.class("hint")) {
                    "Pain from 0 (none) to 10, before each session, after it, and the next morning."
                }
                Node.details(.hidden(painRows.isEmpty)) {
                    Node.summary { "Show as a table" }
                    Self.painTable(painRows, caption: "Your sessions, newest first")
                }
            }
        }
    }

    /// The chart's numbers as text, for screen readers and for anyone who prefers figures to a
    /// drawing; a missing next-morning pain is a dash.
    static func painTable(_ rows: [PainRow], caption: String) -> Node {
        .div(.class("table-wrap")) {
            Node.table(.class("pain-table")) {
                Node.caption { caption }
                Node.thead {
                    Node.tr {
                        for column in ["Date", "Before", "After", "Next morning", "Exercises done"] {
                            Node.th(.scope("col")) { column }
                        }
                    }
                }
                Node.tbody {
                    for row in rows {
                        Node.tr {
                            Node.th(.scope("row")) { row.date }
                            Node.td { String(row.before) }
                            Node.td { String(row.after) }
                            Node.td { row.nextMorning.map { String($0) } ?? "–" }
                            Node.td { String(row.exercisesDone) }
                        }
                    }
                    if rows.isEmpty {
                        Node.tr { Node.td(.colspan(5)) { "No sessions logged yet." } }
                    }
                }
            }
        }
    }

    /// Every exercise in order, phase by phase, and the program's cautions.
    func exercisesSection(_ program: FollowedProgram) -> Node {
        .section(.aria("labelledby", "exercises-h"), .id("exercises")) {
            Node.h2(.id("exercises-h")) { "Your exercises, in order" }
            for block in program.blocks { Self.blockSection(block) }
            if !program.cautions.isEmpty {
                Node.div(.class("notice warn")) {
                    Node.h3 { "Stay safe" }
                    Node.ul {
                        for caution in program.cautions { Node.li { caution } }
                    }
                }
            }
        }
    }

    /// A phase's card: each exercise with its dose and summary, and its cues and cautions behind a
    /// "How to do it" disclosure.
    static func blockSection(_ block: Block) -> Node {
        let phase = block.phase.rawValue
        return .section(.class("card phase \(phase)"), .aria("labelledby", "block-\(phase)")) {
            Node.h3(.id("block-\(phase)")) { block.phase.title }
            for item in block.items {
                Node.div(.class("exercise"), .data("exercise", item.id)) {
                    Node.h4 { item.name }
                    Node.p(.class("dose")) { item.doseText }
                    if !item.summary.isEmpty { Node.p { item.summary } }
                    Node.details {
                        Node.summary { "How to do it" }
                        Node.ul(.class("cues")) {
                            for cue in item.cues { Node.li { cue } }
                        }
                        if !item.cautions.isEmpty {
                            Node.p { Node.strong { "Take care:" } }
                            Node.ul(.class("cues")) {
                                for caution in item.cautions { Node.li { caution } }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A 0–10 pain slider with its label, the scale's ends and the value beside it (`forms.js`
    /// keeps the `output` in step with the slider). `aria` and `error` are a form field's problem.
    /// A 0–10 pain slider. `unanswered` shows no number until the person moves it (the player's
    /// questions: nothing is answered for them); the player's script then reads it as answered.
    static func painSlider(
        id: String, name: String? = nil, label: String, value: Int, unanswered: Bool = false,
        aria: [Attribute?] = [], error: [Node] = []
    ) -> Node {
        let attributes: [Attribute?] = [
            .id(id), name.map { Attribute.name($0) }, .type("range"), .min(0), .max(10), .step(1), .value(value),
            unanswered ? .data("answered", "false") : nil,
            unanswered ? .aria("valuetext", "not answered yet") : nil,
        ]
        return .div(.class("field")) {
            Node.label(.for(id)) { label }
            Node.input(attributes + aria)
            Node.span(.class("scale-ends"), .aria("hidden", "true")) {
                Node.span { "0 none" }
                Node.span { "10 worst" }
            }
            Node.output(.class("slider-value"), .data("for", id), .for(id)) { unanswered ? "–" : String(value) }
            error
        }
    }
}
