import LumbarJSON

extension Assessment {
    /// Parses and validates a `lumbar.assessment/1` document, reporting every problem with its path.
    public static func parse(_ text: String) throws(ValidationFailure) -> Assessment {
        let value = try JSONParser.document(text)
        return try parse(value)
    }

    public static func parse(_ value: JSONValue) throws(ValidationFailure) -> Assessment {
        let log = IssueLog()
        let root = JSONReader(value: value, path: "", log: log)
        let assessment = read(root)
        guard log.isEmpty, let assessment else { throw ValidationFailure(log.issues) }
        return assessment
    }

    static let topKeys = [
        "schema", "client", "screening", "pain", "lifestyle", "posture", "overheadSquat", "tests", "preferences",
    ]

    private static func read(_ root: JSONReader) -> Assessment? {
        guard let doc = root.object(keys: topKeys) else { return nil }
        let log = root.log
        if let schemaField = doc.field("schema", required: true), let schema = schemaField.string() {
            if schema != Assessment.schema {
                log.add(schemaField.path, "\"\(schema)\" is not supported (expected \"\(Assessment.schema)\")")
            }
        }

        var client: ClientInfo?
        if let obj = doc.object("client", keys: ["name", "age"], required: true) {
            let name = obj.string("name", required: true, maxLength: Limits.nameLength)
            let age = obj.int("age", in: Limits.age)
            if let name { client = ClientInfo(name: name, age: age) }
        }

        var screening: ScreeningAnswers?
        if let obj = doc.object("screening", keys: ["redFlags", "medicalClearance"], required: true) {
            // An absent red-flag list would mean "not asked"; screening cannot pass on that, so the
            // list is required (an empty list is the explicit answer "none of these").
            let flags = obj.enumArray("redFlags", RedFlag.self, required: true)
            let clearance = obj.bool("medicalClearance") ?? false
            if let flags { screening = ScreeningAnswers(redFlags: flags, medicalClearance: clearance) }
        }

        var pain: Pain?
        if let obj = doc.object(
            "pain", keys: ["now", "worstWeek", "belowKnee", "worseWith", "betterWith"], required: true)
        {
            let now = obj.int("now", in: Limits.pain, required: true)
            let worst = obj.int("worstWeek", in: Limits.pain)
            let belowKnee = obj.bool("belowKnee")
            let worse = obj.enumArray("worseWith", PainTrigger.self) ?? []
            let better = obj.enumArray("betterWith", PainTrigger.self) ?? []
            if let now {
                pain = Pain(now: now, worstWeek: worst, belowKnee: belowKnee, worseWith: worse, betterWith: better)
            }
        }

        var lifestyle = Lifestyle()
        if let obj = doc.object("lifestyle", keys: ["sittingHours", "activeDaysPerWeek"]) {
            lifestyle.sittingHours = obj.number("sittingHours", in: Limits.sittingHours)
            lifestyle.activeDaysPerWeek = obj.int("activeDaysPerWeek", in: Limits.activeDaysPerWeek)
        }

        let posture = doc.enumArray("posture", PostureFinding.self)
        let squat = doc.enumArray("overheadSquat", Compensation.self)
        if let squat, squat.contains(.shiftsLeft), squat.contains(.shiftsRight) {
            log.add("overheadSquat", "shiftsLeft and shiftsRight cannot both be observed in one squat")
        }

        var tests = Tests()
        if let obj = doc.object(
            "tests",
            keys: ["thomas", "straightLegRaise", "piriformis", "bridge", "birdDog", "sidePlankSeconds", "instability"])
        {
            tests.thomas = perSide(obj, "thomas", LengthResult.self)
            tests.straightLegRaise = perSide(obj, "straightLegRaise", StraightLegRaiseResult.self)
            tests.piriformis = perSide(obj, "piriformis", LengthResult.self)
            tests.bridge = obj.enumValue("bridge", BridgeResult.self)
            tests.birdDog = obj.enumValue("birdDog", BirdDogResult.self)
            if let sides = obj.object("sidePlankSeconds", keys: ["left", "right"]) {
                tests.sidePlankSeconds = PerSide(
                    left: sides.number("left", in: Limits.sidePlankSeconds),
                    right: sides.number("right", in: Limits.sidePlankSeconds))
            }
            tests.instability = obj.bool("instability")
        }

        var preferences = Preferences()
        if let obj = doc.object("preferences", keys: ["daysPerWeek", "minutesPerSession", "equipment"]) {
            preferences.daysPerWeek = obj.int("daysPerWeek", in: Limits.daysPerWeek)
            preferences.minutesPerSession = obj.int("minutesPerSession", in: Limits.minutesPerSession)
            preferences.equipment = obj.enumArray("equipment", Equipment.self)
        }

        guard let client, let screening, let pain else { return nil }
        return Assessment(
            client: client, screening: screening, pain: pain, lifestyle: lifestyle, posture: posture,
            overheadSquat: squat, tests: tests, preferences: preferences)
    }

    private static func perSide<Result: RawRepresentable & CaseIterable & Hashable & Sendable>(
        _ obj: ObjectReader, _ key: String, _ type: Result.Type
    ) -> PerSide<Result>? where Result.RawValue == String {
        guard let sides = obj.object(key, keys: ["left", "right"]) else { return nil }
        return PerSide(left: sides.enumValue("left", type), right: sides.enumValue("right", type))
    }
}
