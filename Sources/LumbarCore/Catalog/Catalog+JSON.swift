import LumbarJSON

extension Catalog {
    /// Parses a `lumbar.catalog/1` document and validates it.
    public static func parse(_ text: String) throws(ValidationFailure) -> Catalog {
        let value = try JSONParser.document(text)
        let log = IssueLog()
        let root = JSONReader(value: value, path: "", log: log)
        var exercises: [Exercise] = []
        if let doc = root.object(keys: ["schema", "exercises"]) {
            if let schema = doc.string("schema", required: true), schema != Catalog.schema {
                log.add("schema", "\"\(schema)\" is not supported (expected \"\(Catalog.schema)\")")
            }
            for item in doc.field("exercises", required: true)?.array(maxCount: 100_000) ?? [] {
                if let exercise = readExercise(item) { exercises.append(exercise) }
            }
        }
        guard log.isEmpty else { throw ValidationFailure(log.issues) }
        return try Catalog(exercises: exercises)
    }

    static let exerciseKeys = [
        "id", "name", "phase", "summary", "targets", "laterality", "position", "equipment", "dose", "doseRange",
        "progression", "regression", "unilateralVariant", "cues", "cautions", "intolerance", "unsuitableFor",
        "aliases", "sources",
    ]

    private static func readExercise(_ reader: JSONReader) -> Exercise? {
        guard let obj = reader.object(keys: exerciseKeys) else { return nil }
        let id = obj.string("id", required: true, maxLength: 100)
        let name = obj.string("name", required: true)
        let phase = obj.enumValue("phase", Phase.self, required: true)
        let summary = obj.string("summary", required: true, maxLength: 1000)
        let targets = obj.enumArray("targets", Muscle.self, required: true)
        let laterality = obj.enumValue("laterality", Laterality.self, required: true)
        let position = obj.enumValue("position", Position.self, required: true)
        let equipment = obj.enumArray("equipment", Equipment.self, required: true)
        let dose = readDose(
            obj.object("dose", keys: ["sets", "reps", "holdSeconds", "minutes", "perSide"], required: true))
        let range = readRange(
            obj.object("doseRange", keys: ["sets", "reps", "holdSeconds", "minutes"], required: true))
        let cues = strings(obj.field("cues", required: true))
        let cautions = strings(obj.field("cautions", required: true))
        let sources = strings(obj.field("sources", required: true))
        let intolerance = obj.enumValue("intolerance", SpinalDirection.self)
        // Optional, so a catalog written before the key existed still reads.
        let unsuitableFor = obj.enumArray("unsuitableFor", ClinicalCondition.self) ?? []
        let aliases = strings(obj.field("aliases")) ?? []
        guard let id, let name, let phase, let summary, let targets, let laterality, let position, let equipment,
            let dose, let range, let cues, let cautions, let sources
        else { return nil }
        return Exercise(
            id: id, name: name, phase: phase, summary: summary, targets: targets, laterality: laterality,
            position: position, equipment: equipment, dose: dose, doseRange: range,
            progression: obj.string("progression"), regression: obj.string("regression"),
            unilateralVariant: obj.string("unilateralVariant"), cues: cues, cautions: cautions,
            intolerance: intolerance, unsuitableFor: unsuitableFor, aliases: aliases, sources: sources)
    }

    private static func readDose(_ obj: ObjectReader?) -> Dose? {
        guard let obj else { return nil }
        let sets = obj.int("sets", in: 1...50, required: true)
        let perSide = obj.bool("perSide", required: true)
        guard let sets, let perSide else { return nil }
        return Dose(
            sets: sets, reps: obj.int("reps", in: 1...500), holdSeconds: obj.int("holdSeconds", in: 1...3600),
            minutes: obj.int("minutes", in: 1...600), perSide: perSide)
    }

    private static func readRange(_ obj: ObjectReader?) -> DoseRange? {
        guard let obj else { return nil }
        func bounds(_ key: String, required: Bool = false) -> ClosedRange<Int>? {
            guard let items = obj.field(key, required: required)?.array() else { return nil }
            let numbers = items.compactMap { $0.int(in: 0...3600) }
            guard numbers.count == 2, items.count == 2 else {
                obj.log.add("\(obj.path).\(key)", "expected [low, high]")
                return nil
            }
            guard numbers[0] <= numbers[1] else {
                obj.log.add("\(obj.path).\(key)", "low \(numbers[0]) is above high \(numbers[1])")
                return nil
            }
            return numbers[0]...numbers[1]
        }
        guard let sets = bounds("sets", required: true) else { return nil }
        return DoseRange(
            sets: sets, reps: bounds("reps"), holdSeconds: bounds("holdSeconds"), minutes: bounds("minutes"))
    }

    private static func strings(_ reader: JSONReader?) -> [String]? {
        guard let items = reader?.array(maxCount: 50) else { return nil }
        let values = items.compactMap { $0.string(maxLength: 1000) }
        return values.count == items.count ? values : nil
    }

    /// The catalog (or a filtered part of it) as `lumbar.catalog/1`.
    public static func json(_ exercises: [Exercise]) -> JSONValue {
        .object([("schema", .string(schema)), ("exercises", .array(exercises.map(\.json)))])
    }
}

extension Exercise {
    public var json: JSONValue {
        .object([
            ("id", .string(id)), ("name", .string(name)), ("phase", .string(phase.rawValue)),
            ("summary", .string(summary)), ("targets", .strings(targets.map(\.rawValue))),
            ("laterality", .string(laterality.rawValue)), ("position", .string(position.rawValue)),
            ("equipment", .strings(equipment.map(\.rawValue))), ("dose", dose.json),
            ("doseRange", doseRange.json), ("progression", .optionalString(progression)),
            ("regression", .optionalString(regression)), ("unilateralVariant", .optionalString(unilateralVariant)),
            ("cues", .strings(cues)), ("cautions", .strings(cautions)),
            ("intolerance", .optionalString(intolerance?.rawValue)),
            ("unsuitableFor", .strings(unsuitableFor.map(\.rawValue))), ("aliases", .strings(aliases)),
            ("sources", .strings(sources)),
        ])
    }
}

extension Dose {
    public var json: JSONValue {
        .object([
            ("sets", .int(sets)), ("reps", .optionalInt(reps)), ("holdSeconds", .optionalInt(holdSeconds)),
            ("minutes", .optionalInt(minutes)), ("perSide", .bool(perSide)),
        ])
    }
}

extension DoseRange {
    public var json: JSONValue {
        func pair(_ range: ClosedRange<Int>?) -> JSONValue {
            range.map { .array([.int($0.lowerBound), .int($0.upperBound)]) } ?? .null
        }
        return .object([
            ("sets", pair(sets)), ("reps", pair(reps)), ("holdSeconds", pair(holdSeconds)), ("minutes", pair(minutes)),
        ])
    }
}
