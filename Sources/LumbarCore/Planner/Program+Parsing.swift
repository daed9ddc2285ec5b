import LumbarJSON

extension Program {
    /// Accepted ranges for the figures a program carries.
    public enum Limits {
        /// The estimated session length in minutes.
        public static let estimatedMinutes = 0...1440
        /// Extra sets for the weaker side.
        public static let weakSideExtraSets = 0...10
        /// Characters in one reason, caution, alert or why.
        public static let textLength = 2000
        /// Entries in one list of reasons, cautions, alerts or whys.
        public static let listLength = 200
    }

    static let topKeys = [
        "schema", "decision", "reasons", "findings", "schedule", "estimatedMinutes", "stage", "blocks", "cautions",
        "alerts", "adherence",
    ]
    static let findingsKeys = [
        "overactive", "underactive", "weakSide", "instability", "intolerance", "avoid", "conditions",
    ]
    static let exerciseKeys = ["id", "name", "dose", "side", "why", "progression"]
    static let doseKeys = ["sets", "reps", "holdSeconds", "minutes", "perSide", "weakSideExtraSets"]

    /// Parses and validates a `lumbar.program/1` document (as `lumbar plan --json` or `lumbar next`
    /// print it), checking every exercise and dose against `catalog` and reporting every problem
    /// with its JSON path.
    public static func parse(_ text: String, catalog: Catalog) throws(ValidationFailure) -> Program {
        let value = try JSONParser.document(text)
        return try parse(value, catalog: catalog)
    }

    /// Validates an already parsed `lumbar.program/1` document.
    public static func parse(_ value: JSONValue, catalog: Catalog) throws(ValidationFailure) -> Program {
        let log = IssueLog()
        let program = ProgramReader(catalog: catalog).read(JSONReader(value: value, path: "", log: log))
        guard log.isEmpty, let program else { throw ValidationFailure(log.issues) }
        return program
    }
}

/// Reads the parts of a program document; one instance per document.
private struct ProgramReader {
    let catalog: Catalog

    func read(_ root: JSONReader) -> Program? {
        // Another kind of document (an assessment, a session log) is named as such and nothing more,
        // rather than buried under a list of every key it lacks.
        if case .string(let found)? = root.value["schema"], found != Program.schema {
            root.log.add("schema", "\"\(found)\" is not supported (expected \"\(Program.schema)\")")
            return nil
        }
        guard let doc = root.object(keys: Program.topKeys) else { return nil }
        _ = doc.string("schema", required: true)
        let decision = doc.enumValue("decision", Decision.self, required: true)
        let reasons = strings(doc.field("reasons", required: true))
        let findings = readFindings(doc.object("findings", keys: Program.findingsKeys, required: true))
        var schedule: Schedule?
        if let obj = doc.object("schedule", keys: ["daysPerWeek", "minutesPerSession"], required: true) {
            let days = obj.int("daysPerWeek", in: Assessment.Limits.daysPerWeek, required: true)
            let minutes = obj.int("minutesPerSession", in: Assessment.Limits.minutesPerSession, required: true)
            if let days, let minutes { schedule = Schedule(daysPerWeek: days, minutesPerSession: minutes) }
        }
        let estimated = doc.int("estimatedMinutes", in: Program.Limits.estimatedMinutes, required: true)
        let stage = doc.enumValue("stage", Stage.self, required: true)
        let blocks = readBlocks(doc.field("blocks", required: true), decision: decision)
        let cautions = strings(doc.field("cautions", required: true))
        let alertsField = doc.field("alerts")
        let alerts = strings(alertsField)
        let adherenceField = doc.field("adherence")
        let adherence = readAdherence(adherenceField)

        guard let decision, let reasons, let findings, let schedule, let estimated, let stage, let blocks,
            let cautions, alertsField == nil || alerts != nil, adherenceField == nil || adherence != nil
        else { return nil }
        return Program(
            decision: decision, reasons: reasons, findings: findings, schedule: schedule, estimatedMinutes: estimated,
            stage: stage, blocks: blocks, cautions: cautions, alerts: alerts, adherence: adherence)
    }

    func strings(_ reader: JSONReader?) -> [String]? {
        guard let items = reader?.array(maxCount: Program.Limits.listLength) else { return nil }
        let values = items.compactMap { $0.string(maxLength: Program.Limits.textLength) }
        return values.count == items.count ? values : nil
    }

    func readFindings(_ obj: ObjectReader?) -> ProgramFindings? {
        guard let obj else { return nil }
        let overactive = obj.enumArray("overactive", Muscle.self, required: true)
        let underactive = obj.enumArray("underactive", Muscle.self, required: true)
        let weakSide = obj.enumValue("weakSide", Side.self)
        if weakSide == .both { obj.log.add("\(obj.path).weakSide", "must be left, right or null") }
        let instability = obj.bool("instability", required: true)
        let intolerance = obj.enumValue("intolerance", SpinalDirection.self)
        // Optional so that programs written before `avoid` existed still read; it then follows the intolerance.
        let avoid = obj.enumArray("avoid", SpinalDirection.self)
        if let intolerance, let avoid, !avoid.contains(intolerance) {
            obj.log.add("\(obj.path).avoid", "must include the intolerance \"\(intolerance.rawValue)\"")
        }
        // Optional so that programs written before `conditions` existed still read.
        let conditions = obj.enumArray("conditions", ClinicalCondition.self) ?? []
        guard let overactive, let underactive, let instability, weakSide != .both else { return nil }
        return ProgramFindings(
            overactive: overactive, underactive: underactive, weakSide: weakSide, instability: instability,
            intolerance: intolerance, avoid: avoid.map { list in SpinalDirection.allCases.filter(list.contains) },
            conditions: ClinicalCondition.allCases.filter(conditions.contains))
    }

    func readAdherence(_ reader: JSONReader?) -> Adherence? {
        guard let obj = reader?.object(keys: ["scheduled", "done", "rate"]) else { return nil }
        let scheduled = obj.int("scheduled", in: 0...1_000_000, required: true)
        let done = obj.int("done", in: 0...1_000_000, required: true)
        let rate = obj.number("rate", in: 0...1, required: true)
        guard let scheduled, let done, rate != nil else { return nil }
        guard done <= scheduled else {
            obj.log.add("\(obj.path).done", "\(done) is more than the \(scheduled) sessions scheduled")
            return nil
        }
        // The rate is derived; reading it back from the counts keeps the two from disagreeing.
        return Adherence(scheduled: scheduled, done: done)
    }

    /// The five phases in continuum order for a program that proceeds; none for a referral.
    func readBlocks(_ reader: JSONReader?, decision: Decision?) -> [ProgramBlock]? {
        guard let reader, let items = reader.array(maxCount: Phase.allCases.count) else { return nil }
        var blocks: [ProgramBlock] = []
        var failed = false
        var seen: [String: String] = [:]
        for item in items {
            guard let obj = item.object(keys: ["phase", "exercises"]) else {
                failed = true
                continue
            }
            let phase = obj.enumValue("phase", Phase.self, required: true)
            var exercises: [ProgramExercise] = []
            for entry in obj.field("exercises", required: true)?.array() ?? [] {
                guard let exercise = readExercise(entry, phase: phase) else {
                    failed = true
                    continue
                }
                if let first = seen[exercise.id] {
                    item.log.add("\(entry.path).id", "\"\(exercise.id)\" is already in the program at \(first)")
                    failed = true
                }
                seen[exercise.id] = seen[exercise.id] ?? entry.path
                exercises.append(exercise)
            }
            if let phase { blocks.append(ProgramBlock(phase: phase, exercises: exercises)) } else { failed = true }
        }
        guard !failed else { return nil }
        let expected = decision == .proceed ? Phase.allCases : []
        if decision != nil, blocks.map(\.phase) != expected {
            let names = expected.map(\.rawValue).joined(separator: ", ")
            reader.log.add(
                reader.path,
                expected.isEmpty
                    ? "must be empty when the decision is not proceed"
                    : "must be the five phases in continuum order (\(names))")
            return nil
        }
        return blocks
    }

    func readExercise(_ reader: JSONReader, phase: Phase?) -> ProgramExercise? {
        guard let obj = reader.object(keys: Program.exerciseKeys) else { return nil }
        var entry: Exercise?
        if let field = obj.field("id", required: true), let id = field.string(maxLength: 100) {
            entry = catalog[id]
            if let entry, let phase, entry.phase != phase {
                obj.log.add(field.path, "\"\(id)\" is a \(entry.phase.rawValue) exercise, not \(phase.rawValue)")
            } else if entry == nil {
                obj.log.add(field.path, "\"\(id)\" is not in the catalog")
            }
        }
        let name = obj.string("name", required: true, maxLength: Program.Limits.textLength)
        let dose = readDose(obj.object("dose", keys: Program.doseKeys, required: true), entry: entry)
        let side = obj.enumValue("side", Side.self, required: true)
        let whyField = obj.field("why", required: true)
        let why = strings(whyField)
        if let whyField, why?.isEmpty == true { obj.log.add(whyField.path, "must name at least one finding") }
        let progressionField = obj.field("progression")
        let progression = readNote(progressionField)
        guard let entry, entry.phase == phase, let name, let dose, let side, let why, !why.isEmpty,
            progressionField == nil || progression != nil
        else { return nil }
        return ProgramExercise(id: entry.id, name: name, dose: dose, side: side, why: why, progression: progression)
    }

    /// Each figure must be present exactly where the catalog gives it a range, and inside that range.
    func readDose(_ obj: ObjectReader?, entry: Exercise?) -> ProgramDose? {
        guard let obj else { return nil }
        let sets = obj.int("sets", in: 1...50, required: true)
        let perSide = obj.bool("perSide", required: true)
        let extra = obj.int("weakSideExtraSets", in: Program.Limits.weakSideExtraSets, required: true)
        var ok = true
        func figure(_ key: String, _ range: ClosedRange<Int>?) -> Int? {
            let field = obj.field(key)
            guard let field else {
                if range != nil, let entry {
                    obj.log.add(obj.reader.child(key, .null).path, "is required: \(entry.id) is dosed in \(key)")
                    ok = false
                }
                return nil
            }
            guard let entry else { return nil }
            guard let range else {
                obj.log.add(field.path, "must be null: \(entry.id) has no \(key)")
                ok = false
                return nil
            }
            guard let value = field.int(in: 0...3600) else {
                ok = false
                return nil
            }
            if !range.contains(value) {
                obj.log.add(
                    field.path, "\(value) is outside \(entry.id)'s range \(range.lowerBound)…\(range.upperBound)")
                ok = false
            }
            return value
        }
        if let sets, let entry, !entry.doseRange.sets.contains(sets) {
            let range = entry.doseRange.sets
            obj.log.add(
                obj.reader.child("sets", .null).path,
                "\(sets) is outside \(entry.id)'s range \(range.lowerBound)…\(range.upperBound)")
            ok = false
        }
        let reps = figure("reps", entry?.doseRange.reps)
        let hold = figure("holdSeconds", entry?.doseRange.holdSeconds)
        let minutes = figure("minutes", entry?.doseRange.minutes)
        guard ok, let sets, let perSide, let extra, entry != nil else { return nil }
        return ProgramDose(
            Dose(sets: sets, reps: reps, holdSeconds: hold, minutes: minutes, perSide: perSide),
            weakSideExtraSets: extra)
    }

    func readNote(_ reader: JSONReader?) -> ProgressionNote? {
        guard let obj = reader?.object(keys: ["decision", "reason", "from", "leftOut"]) else { return nil }
        let decision = obj.enumValue("decision", ProgressionNote.Verdict.self, required: true)
        let reason = obj.string("reason", required: true, maxLength: Program.Limits.textLength)
        var from: String?
        var ok = true
        if let field = obj.field("from"), let id = field.string(maxLength: 100) {
            from = id
            if !catalog.contains(id) {
                obj.log.add(field.path, "\"\(id)\" is not in the catalog")
                ok = false
            }
        } else if obj.field("from") != nil {
            ok = false
        }
        let leftOut = obj.field("leftOut").map { $0.bool() }
        if leftOut == .some(nil) { ok = false }
        guard let decision, let reason, ok else { return nil }
        return ProgressionNote(decision: decision, reason: reason, from: from, leftOut: leftOut == true)
    }
}

extension Program {
    /// Why `program` would not read back as a valid `lumbar.program/1` document, or nil when it
    /// would: the check before storing or printing a program some rule produced.
    public static func validationFailure(of program: Program, catalog: Catalog) -> String? {
        do {
            _ = try parse(program.json, catalog: catalog)
            return nil
        } catch {
            return error.description
        }
    }
}
