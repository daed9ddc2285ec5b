import LumbarJSON

extension Assessment {
    /// The assessment as a `lumbar.assessment/1` document; fields that were not assessed are left out.
    public var json: JSONValue {
        var doc: [(String, JSONValue)] = [("schema", .string(Assessment.schema))]
        var clientPairs: [(String, JSONValue)] = [("name", .string(client.name))]
        if let age = client.age { clientPairs.append(("age", .int(age))) }
        doc.append(("client", .object(clientPairs)))
        doc.append(
            (
                "screening",
                .object([
                    ("redFlags", .strings(screening.redFlags.map(\.rawValue))),
                    ("medicalClearance", .bool(screening.medicalClearance)),
                ])
            ))
        var painPairs: [(String, JSONValue)] = [("now", .int(pain.now))]
        if let worst = pain.worstWeek { painPairs.append(("worstWeek", .int(worst))) }
        if let below = pain.belowKnee { painPairs.append(("belowKnee", .bool(below))) }
        painPairs.append(("worseWith", .strings(pain.worseWith.map(\.rawValue))))
        painPairs.append(("betterWith", .strings(pain.betterWith.map(\.rawValue))))
        doc.append(("pain", .object(painPairs)))

        var lifestylePairs: [(String, JSONValue)] = []
        if let hours = lifestyle.sittingHours { lifestylePairs.append(("sittingHours", .number(hours))) }
        if let days = lifestyle.activeDaysPerWeek { lifestylePairs.append(("activeDaysPerWeek", .int(days))) }
        if !lifestylePairs.isEmpty { doc.append(("lifestyle", .object(lifestylePairs))) }
        if let posture { doc.append(("posture", .strings(posture.map(\.rawValue)))) }
        if let overheadSquat { doc.append(("overheadSquat", .strings(overheadSquat.map(\.rawValue)))) }

        var testPairs: [(String, JSONValue)] = []
        func sides<V>(_ key: String, _ value: PerSide<V>?, _ encode: (V) -> JSONValue) {
            guard let value else { return }
            var pairs: [(String, JSONValue)] = []
            if let left = value.left { pairs.append(("left", encode(left))) }
            if let right = value.right { pairs.append(("right", encode(right))) }
            testPairs.append((key, .object(pairs)))
        }
        sides("thomas", tests.thomas) { .string($0.rawValue) }
        sides("straightLegRaise", tests.straightLegRaise) { .string($0.rawValue) }
        sides("piriformis", tests.piriformis) { .string($0.rawValue) }
        if let bridge = tests.bridge { testPairs.append(("bridge", .string(bridge.rawValue))) }
        if let birdDog = tests.birdDog { testPairs.append(("birdDog", .string(birdDog.rawValue))) }
        sides("sidePlankSeconds", tests.sidePlankSeconds) { .number($0) }
        if let instability = tests.instability { testPairs.append(("instability", .bool(instability))) }
        if !testPairs.isEmpty { doc.append(("tests", .object(testPairs))) }

        var preferencePairs: [(String, JSONValue)] = []
        if let days = preferences.daysPerWeek { preferencePairs.append(("daysPerWeek", .int(days))) }
        if let minutes = preferences.minutesPerSession { preferencePairs.append(("minutesPerSession", .int(minutes))) }
        if let equipment = preferences.equipment {
            preferencePairs.append(("equipment", .strings(equipment.map(\.rawValue))))
        }
        if !preferencePairs.isEmpty { doc.append(("preferences", .object(preferencePairs))) }
        return .object(doc)
    }
}
