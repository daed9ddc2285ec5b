import Foundation
import LumbarApp
import LumbarCore
import LumbarJSON
import LumbarStore

/// What the client's share page shows: their first name, the program they follow now (its blocks,
/// figures and cautions, and the settings and plan the guided player runs), their pain history and
/// streak, and the next-morning question when one is due. Built only from the client's own records,
/// so nothing about the trainer or other clients can reach the page.
struct SharePage {
    /// One exercise as the list under "Your exercises, in order" shows it.
    struct Item {
        let id: String
        let name: String
        /// The dose in words, with the weaker side's extra sets when it has one.
        let doseText: String
        /// The catalog's summary; empty writes no paragraph.
        let summary: String
        let cues: [String]
        let cautions: [String]
    }

    /// A phase of the program with its exercises, in continuum order; a phase without any is left out.
    struct Block {
        let phase: Phase
        let items: [Item]
    }

    /// What the guided player (`player.js`) reads from its section's data- attributes, and the plan it runs.
    struct Player {
        /// As the config gives it ("1.0", "0.02"): the browser tests shorten every timer with it.
        let timerScale: String
        /// The share API route the finished session is posted to.
        let postURL: String
        /// The localStorage key of an unfinished session: it names the link without holding its secret.
        let storageKey: String
        /// The pain the person last reported (the morning after, else after the session), if any.
        let lastPain: Int?
        /// The day of the latest session logged, so the page can say "done today" by the device's own date.
        let lastSessionDate: String?
        /// Days from one session to the next the page suggests: the week's sessions spread out
        /// (every other day at three a week), at least the next day.
        let daysBetween: Int
        /// The stop rule's floor (`StopRule.floor`), so the script has no second copy of it.
        let stopFloor: Int
        /// The plan as JSON that is safe inside `<script type="application/json">` (`scriptJSON`).
        let plan: TrustedMarkup
    }

    /// The program the client follows now, as today's session and the list of its exercises.
    struct FollowedProgram {
        let exerciseCount: Int
        let estimatedMinutes: Int
        let daysPerWeek: Int
        let maintenance: Bool
        let blocks: [Block]
        let cautions: [String]
        let player: Player
        /// The names of the exercises left out until the trainer reviews them.
        var leftOut: [String] = []
    }

    /// One session as the pain table lists it.
    struct PainRow {
        /// ISO, as the table's row header.
        let date: String
        let before: Int
        let after: Int
        let nextMorning: Int?
        let exercisesDone: Int
    }

    /// The next-morning question about the latest session.
    struct MorningQuestion {
        let sessionID: String
        /// The session's date (ISO): `share.js` hides the card until this device's day is past it.
        let date: String
        /// The session's date in words, for the slider's label.
        let dateLabel: String
        /// Where the slider starts: the value sent back (kept on the slider), else the pain after the session.
        let value: Int
    }

    let firstName: String
    /// The share link's secret: the page's own links and form post to it.
    let token: String
    /// Nil when there is nothing to follow: the page then says why, kindly (`noProgramMessage`).
    let program: FollowedProgram?
    let noProgramMessage: String
    let painChart: PainChart
    /// The chart's numbers as a table, newest session first.
    let painRows: [PainRow]
    let streak: SessionStreak
    /// The sessions a week the streak counts as "on plan".
    let plannedPerWeek: Int
    /// Nil asks nothing.
    let morning: MorningQuestion?
    /// The problems of a next-morning answer the page was re-rendered for.
    let errors: FormErrors
    /// Whether the page follows a saved next-morning answer (`?saved=morning`).
    let morningSaved: Bool

    /// - Parameters:
    ///   - program: the program the client follows now, with its stored version; nil when there is none.
    ///   - sessions: the client's sessions, oldest first.
    ///   - morningSession: the session next-morning pain may be asked for: the latest, when this link
    ///     logged it (`ShareLinkService.morningSession`); nil asks nothing.
    ///   - morningForm: the next-morning answer the page is re-rendered for, when it had problems.
    init(
        client: ClientRecord, token: String, program followed: (program: Program, record: ProgramVersionRecord)?,
        sessions: [HistoryEntry], catalog: Catalog, today: CivilDate, timerScale: Double, morningSession: UUID?,
        morningForm: MorningForm?, morningSaved: Bool
    ) {
        firstName = ShareRoutes.firstName(client.name)
        self.token = token
        // The client sees, and the player runs, only what they are to do: an exercise progression
        // left out until the trainer reviews it is named, not shown. With every exercise left out
        // there is nothing to do until the trainer has looked again.
        let shown = followed.map { (program: $0.program.asFollowed, whole: $0.program, record: $0.record) }
        let everythingLeftOut = shown?.program.allExercises.isEmpty ?? false
        if let (program, whole, record) = shown, !everythingLeftOut {
            let lastPain = sessions.last.map { $0.pain.painNextMorning ?? $0.pain.painAfter }
            let plan = SharePage.scriptJSON(SharePage.plan(program, record: record, catalog: catalog))
            let player = Player(
                timerScale: "\(timerScale)", postURL: "/api/v1/share/\(token)/sessions",
                storageKey: "lumbar.player." + SecretToken.hash(token).prefix(16), lastPain: lastPain,
                lastSessionDate: sessions.last.map { "\($0.date)" },
                daysBetween: max(1, 7 / max(1, program.schedule.daysPerWeek)),
                stopFloor: StopRule.floor, plan: TrustedMarkup(html: plan))
            self.program = FollowedProgram(
                exerciseCount: program.allExercises.count, estimatedMinutes: program.estimatedMinutes,
                daysPerWeek: program.schedule.daysPerWeek, maintenance: program.stage == .maintenance,
                blocks: SharePage.blocks(program, catalog: catalog), cautions: program.cautions, player: player,
                leftOut: whole.leftOut.map(\.name))
        } else {
            self.program = nil
        }
        noProgramMessage =
            everythingLeftOut
            ? "Every exercise hurt too much for now, so your program is paused until your trainer looks at it "
                + "again. Tell them how you are."
            : SharePage.noProgramMessage(client.status)
        painChart = PainChart(
            sessions.map(\.pain), title: "Your pain before and after each session, and the next morning")
        painRows = SharePage.painRows(sessions)
        plannedPerWeek = followed?.program.schedule.daysPerWeek ?? 1
        streak = SessionStreak(dates: sessions.map(\.date), plannedPerWeek: plannedPerWeek, today: today)
        morning = SharePage.morningQuestion(sessions, morningSession: morningSession, today: today, form: morningForm)
        errors = morningForm?.errors ?? FormErrors()
        self.morningSaved = morningSaved
    }

    /// Kind words for why there are no exercises; never the medical detail, which the trainer holds.
    static func noProgramMessage(_ status: ClientStatus) -> String {
        switch status {
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

    /// The sessions (in any order) as the pain table lists them: newest first, and sessions of one
    /// day in the reverse of the order the chart draws them.
    static func painRows(_ sessions: [HistoryEntry]) -> [PainRow] {
        PainChart.byDate(sessions, \.date).reversed().map { session in
            PainRow(
                date: session.date.description, before: session.pain.painBefore, after: session.pain.painAfter,
                nextMorning: session.pain.painNextMorning, exercisesDone: session.exercisesDone)
        }
    }

    /// The program's phases with their exercises, each with its dose in words and the catalog's
    /// summary, cues and cautions.
    static func blocks(_ program: Program, catalog: Catalog) -> [Block] {
        let weakSide = program.findings.weakSide
        return program.blocks.filter { !$0.exercises.isEmpty }.map { block in
            Block(
                phase: block.phase,
                items: block.exercises.map { exercise in
                    let entry = catalog[exercise.id]
                    return Item(
                        id: exercise.id, name: exercise.name,
                        doseText: exercise.dose.text(side: exercise.side, weakSide: weakSide),
                        summary: entry?.summary ?? "", cues: entry?.cues ?? [], cautions: entry?.cautions ?? [])
                })
        }
    }

    /// The next-morning question for the latest session, when it is due (see `NextMorningQuestion`).
    static func morningQuestion(
        _ sessions: [HistoryEntry], morningSession: UUID?, today: CivilDate, form: MorningForm?
    ) -> MorningQuestion? {
        guard let latest = sessions.last, latest.id == morningSession, latest.pain.painNextMorning == nil,
            NextMorningQuestion.isDue(sessionDate: latest.date, today: today)
        else { return nil }
        let session = latest.pain
        return MorningQuestion(
            sessionID: latest.id.wire, date: session.date.description,
            dateLabel: PageDate.short(session.date, withYear: true),
            value: form?.pain ?? form?.rawPain.flatMap(Int.init).map { min(max($0, 0), 10) } ?? session.painAfter)
    }

    /// What the player runs: each exercise in continuum order with its dose as numbers (the player
    /// times holds and counts reps from them), its dose in words, and its cues and cautions.
    static func plan(_ program: Program, record: ProgramVersionRecord, catalog: Catalog) -> JSONValue {
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
        Escaping.appendReplacing(JSONWriter.string(value, pretty: false), to: &out) { byte in
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
