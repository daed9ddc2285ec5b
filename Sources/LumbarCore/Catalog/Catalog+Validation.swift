import LumbarJSON

extension Catalog {
    /// Every rule a catalog must meet before Lumbar will plan with it: unique ids, links that
    /// resolve, symmetric and loop-free chains, defaults inside their ranges, content present.
    public static func validate(_ exercises: [Exercise]) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        func add(_ index: Int, _ field: String, _ message: String) {
            issues.append(
                ValidationIssue(path: "exercises[\(index)]\(field.isEmpty ? "" : ".\(field)")", message: message))
        }

        var byID: [String: Exercise] = [:]
        for (index, exercise) in exercises.enumerated() {
            if exercise.id.isEmpty || !exercise.id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) {
                add(index, "id", "\"\(exercise.id)\" must be lower-case kebab-case")
            }
            if byID[exercise.id] != nil {
                add(index, "id", "duplicate id \"\(exercise.id)\"")
            } else {
                byID[exercise.id] = exercise
            }
        }

        for (index, exercise) in exercises.enumerated() {
            if exercise.name.isEmpty { add(index, "name", "must not be empty") }
            if exercise.summary.isEmpty { add(index, "summary", "must not be empty") }
            if exercise.targets.isEmpty { add(index, "targets", "must name at least one muscle") }
            if Set(exercise.targets).count != exercise.targets.count { add(index, "targets", "lists a muscle twice") }
            if !(2...5).contains(exercise.cues.count) {
                add(index, "cues", "has \(exercise.cues.count) cues; 2 to 5 are required")
            }
            if exercise.cautions.isEmpty { add(index, "cautions", "needs at least one caution") }
            if exercise.cues.contains(where: \.isEmpty) || exercise.cautions.contains(where: \.isEmpty) {
                add(index, "cues", "cues and cautions must not be empty strings")
            }
            if !exercise.doseRange.contains(exercise.dose) {
                add(index, "dose", "the default dose is outside doseRange (or a figure lacks its range)")
            }
            if exercise.doseRange.sets.lowerBound < 1 { add(index, "doseRange.sets", "must start at 1 or more") }
            if exercise.dose.reps == nil, exercise.dose.holdSeconds == nil, exercise.dose.minutes == nil {
                add(index, "dose", "needs reps, holdSeconds or minutes")
            }

            for (field, link) in [
                ("progression", exercise.progression), ("regression", exercise.regression),
                ("unilateralVariant", exercise.unilateralVariant),
            ] {
                guard let link else { continue }
                if link == exercise.id { add(index, field, "points at the exercise itself") }
                guard byID[link] != nil else {
                    add(index, field, "\"\(link)\" is not in the catalog")
                    continue
                }
            }
            // Chains must read the same both ways so that progress followed by regress returns to the start.
            if let next = exercise.progression.flatMap({ byID[$0] }), next.regression != exercise.id {
                add(index, "progression", "\"\(next.id)\" does not name \"\(exercise.id)\" as its regression")
            }
            if let previous = exercise.regression.flatMap({ byID[$0] }), previous.progression != exercise.id {
                add(index, "regression", "\"\(previous.id)\" does not name \"\(exercise.id)\" as its progression")
            }
            if let variant = exercise.unilateralVariant.flatMap({ byID[$0] }), variant.laterality != .unilateral {
                add(index, "unilateralVariant", "\"\(variant.id)\" is not a unilateral exercise")
            }

            var seen: Set<String> = [exercise.id]
            var current = exercise
            while let nextID = current.progression, let next = byID[nextID] {
                guard seen.insert(nextID).inserted else {
                    add(index, "progression", "the chain from \"\(exercise.id)\" loops back to \"\(nextID)\"")
                    break
                }
                current = next
            }
        }
        return issues
    }
}
