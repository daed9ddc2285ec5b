import LumbarJSON

extension Program {
    /// The program as `lumbar.program/1`, keys in the contract's order.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("schema", .string(Program.schema)),
            ("decision", .string(decision.rawValue)),
            ("reasons", .strings(reasons)),
            ("findings", findings.json),
            (
                "schedule",
                .object([
                    ("daysPerWeek", .int(schedule.daysPerWeek)),
                    ("minutesPerSession", .int(schedule.minutesPerSession)),
                ])
            ),
            ("estimatedMinutes", .int(estimatedMinutes)),
            ("stage", .string(stage.rawValue)),
            ("blocks", .array(blocks.map(\.json))),
            ("cautions", .strings(cautions)),
        ]
        if let alerts { pairs.append(("alerts", .strings(alerts))) }
        if let adherence {
            pairs.append(
                (
                    "adherence",
                    .object([
                        ("scheduled", .int(adherence.scheduled)), ("done", .int(adherence.done)),
                        ("rate", .number(adherence.rate)),
                    ])
                ))
        }
        return .object(pairs)
    }
}

extension ProgramFindings {
    public var json: JSONValue {
        .object([
            ("overactive", .strings(overactive.map(\.rawValue))),
            ("underactive", .strings(underactive.map(\.rawValue))),
            ("weakSide", .optionalString(weakSide?.rawValue)),
            ("instability", .bool(instability)),
            ("intolerance", .optionalString(intolerance?.rawValue)),
            ("avoid", .strings(avoid.map(\.rawValue))),
            ("conditions", .strings(conditions.map(\.rawValue))),
        ])
    }
}

extension ProgramBlock {
    public var json: JSONValue {
        .object([("phase", .string(phase.rawValue)), ("exercises", .array(exercises.map(\.json)))])
    }
}

extension ProgramExercise {
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(id)), ("name", .string(name)), ("dose", dose.json), ("side", .string(side.rawValue)),
            ("why", .strings(why)),
        ]
        if let progression {
            var note: [(String, JSONValue)] = [
                ("decision", .string(progression.decision.rawValue)), ("reason", .string(progression.reason)),
            ]
            if let from = progression.from { note.append(("from", .string(from))) }
            if progression.leftOut { note.append(("leftOut", .bool(true))) }
            pairs.append(("progression", .object(note)))
        }
        return .object(pairs)
    }
}

extension ProgramDose {
    public var json: JSONValue {
        .object([
            ("sets", .int(sets)), ("reps", .optionalInt(reps)), ("holdSeconds", .optionalInt(holdSeconds)),
            ("minutes", .optionalInt(minutes)), ("perSide", .bool(perSide)),
            ("weakSideExtraSets", .int(weakSideExtraSets)),
        ])
    }
}
