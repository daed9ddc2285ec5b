import LumbarJSON

extension SessionLog {
    /// Accepted ranges, shared by the parser, the tests and the API.
    public enum Limits {
        /// Every pain rating: a whole number on the 0–10 scale.
        public static let pain = 0...10
        /// Sets done in one exercise entry.
        public static let sets = 0...50
        /// Reps done in one set.
        public static let repsPerSet = 0...1000
        /// The hold managed, in seconds.
        public static let holdSeconds = 0...3600
        /// Sessions in one log.
        public static let sessions = 10_000
        /// Exercise entries in one session.
        public static let exercisesPerSession = 100
        /// Characters in a session's notes.
        public static let notesLength = 500
    }

    static let topKeys = ["schema", "sessions"]
    static let sessionKeys = ["date", "painBefore", "painAfter", "painNextMorning", "exercises", "notes"]
    static let exerciseKeys = ["id", "setsDone", "repsDone", "holdSeconds", "painDuring", "formOk", "skipped"]

    /// Parses and validates a `lumbar.sessions/1` document against `catalog`, reporting every
    /// problem with its JSON path (`sessions[2].painBefore: -1 is outside 0…10`). With `dates`,
    /// every session must be dated within them (a new log); without, any real day is read (a
    /// stored one).
    public static func parse(_ text: String, catalog: Catalog, dates: SessionDates? = nil) throws(ValidationFailure)
        -> SessionLog
    {
        try parse(try JSONParser.document(text), catalog: catalog, dates: dates)
    }

    /// Validates an already parsed `lumbar.sessions/1` document.
    public static func parse(_ value: JSONValue, catalog: Catalog, dates: SessionDates? = nil) throws(ValidationFailure)
        -> SessionLog
    {
        let log = IssueLog()
        let root = JSONReader(value: value, path: "", log: log)
        var sessions: [LoggedSession] = []
        if case .string(let found)? = value["schema"], found != schema {
            // Another kind of document is named as such, not buried under every key it lacks.
            throw ValidationFailure(path: "schema", message: "\"\(found)\" is not supported (expected \"\(schema)\")")
        }
        if let doc = root.object(keys: topKeys) {
            _ = doc.string("schema", required: true)
            var previous: CivilDate?
            for item in doc.field("sessions", required: true)?.array(maxCount: Limits.sessions) ?? [] {
                let session = LoggedSession.read(item, catalog: catalog, dates: dates, after: previous)
                if let date = session.date { previous = date }
                if let value = session.value { sessions.append(value) }
            }
        }
        guard log.isEmpty else { throw ValidationFailure(log.issues) }
        return SessionLog(sessions: sessions)
    }
}

extension LoggedSession {
    /// Parses and validates one session object of `lumbar.sessions/1` (as the API receives it),
    /// with paths relative to the session (`painBefore: -1 is outside 0…10`). With `dates`, the
    /// session must be dated within them.
    public static func parse(_ text: String, catalog: Catalog, dates: SessionDates? = nil) throws(ValidationFailure)
        -> LoggedSession
    {
        try parse(try JSONParser.document(text), catalog: catalog, dates: dates)
    }

    /// Validates one already parsed session object.
    public static func parse(_ value: JSONValue, catalog: Catalog, dates: SessionDates? = nil)
        throws(ValidationFailure) -> LoggedSession
    {
        let log = IssueLog()
        let session = read(JSONReader(value: value, path: "", log: log), catalog: catalog, dates: dates, after: nil)
        guard log.isEmpty, let parsed = session.value else { throw ValidationFailure(log.issues) }
        return parsed
    }

    /// Reads one session; `date` is returned even when another field is wrong, so that the order
    /// check of the next session still has something to compare with.
    static func read(_ reader: JSONReader, catalog: Catalog, dates: SessionDates?, after previous: CivilDate?) -> (
        value: LoggedSession?, date: CivilDate?
    ) {
        guard let obj = reader.object(keys: SessionLog.sessionKeys) else { return (nil, nil) }
        let limits = SessionLog.Limits.self
        var date: CivilDate?
        if let field = obj.field("date", required: true), let text = field.string(maxLength: 100) {
            if let parsed = CivilDate(text) {
                date = parsed
                if let problem = dates?.problem(with: parsed) {
                    obj.log.add(field.path, problem)
                } else if let previous, parsed < previous {
                    obj.log.add(
                        field.path,
                        "\(parsed) comes before the previous session's \(previous); sessions must be in date order")
                }
            } else {
                obj.log.add(field.path, "\"\(text)\" is not a calendar date written YYYY-MM-DD")
            }
        }
        let before = obj.int("painBefore", in: limits.pain, required: true)
        let after = obj.int("painAfter", in: limits.pain, required: true)
        let nextMorningField = obj.field("painNextMorning")
        let nextMorning = nextMorningField?.int(in: limits.pain)
        let notes = obj.field("notes")?.string(
            maxLength: limits.notesLength, allowEmpty: true, characters: .lines)

        var exercises: [LoggedExercise] = []
        var failed = false
        var seen: [String: Int] = [:]
        let items = obj.field("exercises", required: true)?.array(maxCount: limits.exercisesPerSession)
        for (index, item) in (items ?? []).enumerated() {
            guard let exercise = LoggedExercise.read(item, catalog: catalog) else {
                failed = true
                continue
            }
            if let first = seen[exercise.id] {
                obj.log.add(
                    "\(item.path).id", "\"\(exercise.id)\" is already logged in this session at exercises[\(first)]")
                failed = true
            }
            seen[exercise.id] = seen[exercise.id] ?? index
            exercises.append(exercise)
        }
        guard let date, let before, let after, items != nil, !failed, nextMorningField == nil || nextMorning != nil
        else { return (nil, date) }
        return (
            LoggedSession(
                date: date, painBefore: before, painAfter: after, painNextMorning: nextMorning, exercises: exercises,
                notes: notes?.isEmpty == true ? nil : notes),
            date
        )
    }
}

extension LoggedExercise {
    static func read(_ reader: JSONReader, catalog: Catalog) -> LoggedExercise? {
        guard let obj = reader.object(keys: SessionLog.exerciseKeys) else { return nil }
        let limits = SessionLog.Limits.self
        var entry: (id: String, countsReps: Bool)?
        if let field = obj.field("id", required: true), let id = field.string(maxLength: 100) {
            if let countsReps = catalog.countsReps(id) {
                entry = (id, countsReps)
            } else {
                obj.log.add(field.path, "\"\(id)\" is not in the catalog")
            }
        }
        // `{"id": …, "skipped": true}`: not done, so nothing else may be said about it.
        if obj.bool("skipped") == true {
            var extra = false
            for key in SessionLog.exerciseKeys where key != "id" && key != "skipped" {
                guard let field = obj.field(key) else { continue }
                obj.log.add(field.path, "a skipped exercise carries no sets, reps, pain or form")
                extra = true
            }
            guard let entry, !extra else { return nil }
            return .skipped(entry.id)
        }
        let sets = obj.int("setsDone", in: limits.sets, required: true)
        let pain = obj.int("painDuring", in: limits.pain, required: true)
        let formOk = obj.bool("formOk", required: true)
        let holdField = obj.field("holdSeconds")
        let hold = holdField?.int(in: limits.holdSeconds)

        var reps: [Int]?
        var repsFailed = false
        // An empty list says the reps were not counted (a hold, or a client that always sends the
        // key): the same as leaving it out, not a list one entry per set short.
        let repsField = obj.field("repsDone").flatMap { field in field.value == .array([]) ? nil : field }
        if let field = repsField {
            if let items = field.array(maxCount: limits.sets.upperBound) {
                let values = items.compactMap { $0.int(in: limits.repsPerSet) }
                repsFailed = values.count != items.count
                if let sets, items.count != sets {
                    obj.log.add(
                        field.path,
                        "has \(Wording.count(items.count, "entry", plural: "entries")) but setsDone is \(sets); "
                            + "give one per set"
                    )
                    repsFailed = true
                }
                reps = values
            } else {
                repsFailed = true
            }
        } else if let entry, entry.countsReps, let sets, sets > 0 {
            // Reps are how progress is judged for counted work, so they may only be left out of held or timed work.
            obj.log.add(
                obj.reader.child("repsDone", .null).path,
                "is required: \(entry.id) is counted in reps (one entry per set done)")
            repsFailed = true
        }
        guard let entry, let sets, let pain, let formOk, !repsFailed, holdField == nil || hold != nil else {
            return nil
        }
        return LoggedExercise(
            id: entry.id, setsDone: sets, repsDone: reps, holdSeconds: hold, painDuring: pain, formOk: formOk)
    }
}
