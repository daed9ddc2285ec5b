import Foundation
import LumbarApp
import LumbarCore
import LumbarJSON
import LumbarStore

/// The share page's values: the client's first name, the program they follow now with the plan the
/// player runs, their pain history and streak, and the next-morning question when one is due.
/// Built only from the client's own records, so nothing about the trainer or other clients can
/// reach the page.
struct ShareView {
    let client: ClientRecord
    let token: String
    /// The program the client follows now, with its stored version; nil when there is none to follow.
    let program: (program: Program, record: ProgramVersionRecord)?
    /// The client's sessions, oldest first.
    let sessions: [HistoryEntry]
    let catalog: Catalog
    let today: CivilDate
    let timerScale: Double
    /// The session next-morning pain is asked for: the latest, when this link logged it and it is
    /// due (`NextMorningQuestion`); nil asks nothing.
    var morningSession: UUID?

    func values(morningForm: MorningForm?) -> [String: Any] {
        var values: [String: Any] = [
            "firstName": ShareRoutes.firstName(client.name), "token": token,
            "hasSessions": !sessions.isEmpty,
        ]
        if let (program, record) = program {
            let programView = ProgramView(program: program, record: record, catalog: catalog)
            let view = programView.values()
            values["blocksHTML"] = ProgramBlocksHTML(view: programView).sharePage()
            for key in ["cautions", "hasCautions", "estimatedMinutes", "daysPerWeek", "maintenance"] {
                values[key] = view[key]
            }
            values["hasProgram"] = true
            values["exerciseCount"] = program.allExercises.count
            values["player"] = [
                "timerScale": "\(timerScale)", "postUrl": "/api/v1/share/\(token)/sessions",
                // The key names the link without holding its secret.
                "storageKey": "lumbar.player." + SecretToken.hash(token).prefix(16),
                "lastPain": lastPain, "stopFloor": StopRule.floor,
                "plan": ShareView.scriptJSON(plan(program, record: record)),
            ]
        } else {
            values["hasProgram"] = false
            values["noProgram"] = noProgramMessage
        }
        values.merge(history) { $1 }
        if let morning = morningValues(morningForm) { values["morning"] = morning }
        if let morningForm { values.merge(morningForm.errors.values) { $1 } }
        return values
    }

    /// Kind words for why there are no exercises; never the medical detail, which the trainer holds.
    var noProgramMessage: String {
        switch client.status {
        case .emergency:
            return "There are no exercises for you at the moment. Your answers need a doctor's attention first: "
                + "if you have not seen one yet, please get medical care today. Your trainer will be in touch."
        case .referred:
            return "Your trainer would like a doctor or physiotherapist to check your back before you start. "
                + "Once they have cleared you, your exercises will appear here."
        default:
            return "Your trainer has not set up your exercises yet. Check back soon: they will appear on this page."
        }
    }

    /// The most recent pain the person reported, as the starting point of the player's first slider.
    var lastPain: Int {
        guard let latest = sessions.last?.pain else { return 0 }
        return latest.painNextMorning ?? latest.painAfter
    }

    var history: [String: Any] {
        let planned = program?.program.schedule.daysPerWeek ?? 1
        let streak = SessionStreak(dates: sessions.map(\.date), plannedPerWeek: planned, today: today)
        return [
            "painChart": PainChart.svg(
                sessions.map(\.pain), title: "Your pain before and after each session, and the next morning"),
            "painTable": PainChart.table(sessions, caption: "Your sessions, newest first"),
            "sessionCount": sessions.count,
            "streak": [
                "days": streak.days, "weeks": streak.weeks, "planned": planned,
                "daysText": streak.days == 1 ? "1 day" : "\(streak.days) days",
                "weeksText": streak.weeks == 1 ? "1 week" : "\(streak.weeks) weeks",
            ],
        ]
    }

    /// The next-morning question for the latest session, when it is due (see `NextMorningQuestion`).
    func morningValues(_ form: MorningForm?) -> [String: Any]? {
        guard let latest = sessions.last, latest.id == morningSession, latest.pain.painNextMorning == nil,
            NextMorningQuestion.isDue(sessionDate: latest.date, today: today)
        else { return nil }
        let session = latest.pain
        return [
            "sessionId": latest.id.wire, "date": session.date.description,
            "dateLabel": Markup.shortDate(session.date, withYear: true),
            "value": form?.pain ?? form?.rawPain.flatMap(Int.init).map { min(max($0, 0), 10) } ?? session.painAfter,
        ]
    }

    /// What the player runs: each exercise in continuum order with its dose as numbers (the player
    /// times holds and counts reps from them), its dose in words, and its cues and cautions.
    func plan(_ program: Program, record: ProgramVersionRecord) -> JSONValue {
        let weakSide = program.findings.weakSide
        let exercises = program.blocks.flatMap { block in
            block.exercises.map { exercise -> JSONValue in
                let dose = exercise.dose
                let entry = catalog[exercise.id]
                return .object([
                    ("id", .string(exercise.id)), ("name", .string(exercise.name)),
                    ("phase", .string(block.phase.title)),
                    ("doseText", .string(dose.text(side: exercise.side, weakSide: weakSide))),
                    ("sets", .int(dose.sets)), ("reps", .optionalInt(dose.reps)),
                    ("holdSeconds", .optionalInt(dose.holdSeconds)), ("minutes", .optionalInt(dose.minutes)),
                    ("perSide", .bool(dose.perSide)), ("side", .string(exercise.side.rawValue)),
                    ("extraSets", .int(weakSide == nil ? 0 : dose.weakSideExtraSets)),
                    ("weakSide", .optionalString(weakSide?.rawValue)),
                    ("cues", .strings(entry?.cues ?? [])), ("cautions", .strings(entry?.cautions ?? [])),
                ])
            }
        }
        return .object([
            ("programId", .string(record.programID.wire)), ("programVersion", .int(record.version)),
            ("exercises", .array(exercises)),
        ])
    }

    /// JSON to place inside `<script type="application/json">`: the page puts it there unescaped
    /// (HTML entities are not decoded inside a script element), so `<`, `>` and `&` are written as
    /// JSON escapes; they can only occur inside strings, where the escapes mean the same. One pass
    /// over the bytes: Foundation's `replacingOccurrences`, three times over the plan, was a quarter
    /// of the share page's time.
    static func scriptJSON(_ value: JSONValue) -> String {
        var out = ""
        HTMLWriter.appendReplacing(JSONWriter.string(value, pretty: false), to: &out) { byte in
            switch byte {
            case UInt8(ascii: "<"): "\\u003c"
            case UInt8(ascii: ">"): "\\u003e"
            case UInt8(ascii: "&"): "\\u0026"
            default: nil
            }
        }
        return out
    }
}
