import LumbarCore
import LumbarJSON

/// The contract's documents (`lumbar.assessment/1`, `lumbar.program/1`, a `lumbar.sessions/1`
/// session, `lumbar.catalog/1`, `lumbar.routines/1`) as JSON Schema.
extension OpenAPISchemas {
    static var documents: [(String, JSONValue)] {
        [
            ("Assessment", assessment), ("SessionEntry", sessionEntry(closed: true)),
            ("SessionPatch", sessionEntry(closed: true, patch: true)), ("Catalog", catalog),
            ("Routines", routines),
        ]
    }

    private static func perSide(_ value: JSONValue) -> JSONValue {
        Schema.nullable(
            Schema.object([("left", Schema.nullable(value)), ("right", Schema.nullable(value))], closed: true))
    }

    private static func optionalList<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> JSONValue
    where E.RawValue == String {
        Schema.nullable(Schema.array(Schema.enumeration(type), maxItems: 100))
    }

    /// The squat compensations; a squat cannot shift both ways at once.
    private static var squat: JSONValue {
        guard case .object(var pairs) = optionalList(Compensation.self) else { return optionalList(Compensation.self) }
        pairs.append(
            (
                "not",
                .object([
                    (
                        "allOf",
                        .array(
                            [Compensation.shiftsLeft, .shiftsRight].map { side in
                                .object([
                                    ("type", .string("array")),
                                    ("contains", .object([("const", .string(side.rawValue))])),
                                ])
                            })
                    )
                ])
            ))
        return .object(pairs)
    }

    static var assessment: JSONValue {
        let limits = Assessment.Limits.self
        return Schema.object(
            [
                ("schema", Schema.constant(Assessment.schema)),
                (
                    "client",
                    Schema.object(
                        [
                            ("name", Schema.text(maxLength: limits.nameLength)),
                            ("age", Schema.nullable(Schema.integer(limits.age))),
                        ], required: ["name"], closed: true)
                ),
                (
                    "screening",
                    Schema.object(
                        [
                            ("redFlags", Schema.array(Schema.enumeration(RedFlag.self), maxItems: 100)),
                            ("medicalClearance", Schema.nullable(Schema.boolean)),
                        ], required: ["redFlags"], closed: true)
                ),
                (
                    "pain",
                    Schema.object(
                        [
                            ("now", painScale), ("worstWeek", Schema.nullable(painScale)),
                            ("belowKnee", Schema.nullable(Schema.boolean)),
                            ("worseWith", optionalList(PainTrigger.self)),
                            ("betterWith", optionalList(PainTrigger.self)),
                        ], required: ["now"], closed: true)
                ),
                (
                    "lifestyle",
                    Schema.nullable(
                        Schema.object(
                            [
                                ("sittingHours", Schema.nullable(Schema.number(limits.sittingHours))),
                                ("activeDaysPerWeek", Schema.nullable(Schema.integer(limits.activeDaysPerWeek))),
                            ], closed: true))
                ),
                ("posture", optionalList(PostureFinding.self)),
                ("overheadSquat", squat),
                (
                    "tests",
                    Schema.nullable(
                        Schema.object(
                            [
                                ("thomas", perSide(Schema.enumeration(LengthResult.self))),
                                ("straightLegRaise", perSide(Schema.enumeration(StraightLegRaiseResult.self))),
                                ("piriformis", perSide(Schema.enumeration(LengthResult.self))),
                                ("bridge", Schema.nullable(Schema.enumeration(BridgeResult.self))),
                                ("birdDog", Schema.nullable(Schema.enumeration(BirdDogResult.self))),
                                ("sidePlankSeconds", perSide(Schema.number(limits.sidePlankSeconds))),
                                ("instability", Schema.nullable(Schema.boolean)),
                            ], closed: true))
                ),
                (
                    "preferences",
                    Schema.nullable(
                        Schema.object(
                            [
                                ("daysPerWeek", Schema.nullable(Schema.integer(limits.daysPerWeek))),
                                ("minutesPerSession", Schema.nullable(Schema.integer(limits.minutesPerSession))),
                                ("equipment", optionalList(Equipment.self)),
                            ], closed: true))
                ),
            ], required: ["schema", "client", "screening", "pain"], closed: true,
            description: "lumbar.assessment/1; fields left out count as not assessed.")
    }

    static var program: JSONValue {
        let dose = Schema.object(
            [
                ("sets", Schema.integer(1...50)), ("reps", Schema.nullable(Schema.integer())),
                ("holdSeconds", Schema.nullable(Schema.integer())), ("minutes", Schema.nullable(Schema.integer())),
                ("perSide", Schema.boolean), ("weakSideExtraSets", Schema.integer(Program.Limits.weakSideExtraSets)),
            ], required: ["sets", "reps", "holdSeconds", "minutes", "perSide", "weakSideExtraSets"])
        let note = Schema.object(
            [
                ("decision", Schema.enumeration(ProgressionNote.Verdict.self)), ("reason", Schema.string()),
                ("from", Schema.string()),
            ], required: ["decision", "reason"])
        let exercise = Schema.object(
            [
                ("id", Schema.string()), ("name", Schema.string()), ("dose", dose),
                ("side", Schema.enumeration(Side.self)), ("why", Schema.strings()), ("progression", note),
            ], required: ["id", "name", "dose", "side", "why"])
        let block = Schema.object(
            [("phase", Schema.enumeration(Phase.self)), ("exercises", Schema.array(exercise))],
            required: ["phase", "exercises"])
        let findings = Schema.object(
            [
                ("overactive", Schema.array(Schema.enumeration(Muscle.self))),
                ("underactive", Schema.array(Schema.enumeration(Muscle.self))),
                ("weakSide", Schema.nullable(Schema.enumeration(Side.self))), ("instability", Schema.boolean),
                ("intolerance", Schema.nullable(Schema.enumeration(SpinalDirection.self))),
                ("avoid", Schema.array(Schema.enumeration(SpinalDirection.self))),
                ("conditions", Schema.array(Schema.enumeration(ClinicalCondition.self))),
            ], required: ["overactive", "underactive", "weakSide", "instability", "intolerance"])
        return Schema.object(
            [
                ("schema", Schema.constant(Program.schema)), ("decision", Schema.enumeration(Decision.self)),
                ("reasons", Schema.strings()), ("findings", findings),
                (
                    "schedule",
                    Schema.object(
                        [("daysPerWeek", Schema.integer()), ("minutesPerSession", Schema.integer())],
                        required: ["daysPerWeek", "minutesPerSession"])
                ),
                ("estimatedMinutes", Schema.integer()), ("stage", Schema.enumeration(Stage.self)),
                ("blocks", Schema.array(block)), ("cautions", Schema.strings()), ("alerts", Schema.strings()),
                (
                    "adherence",
                    Schema.object(
                        [
                            ("scheduled", Schema.integer()), ("done", Schema.integer()),
                            ("rate", Schema.number(0...1)),
                        ], required: ["scheduled", "done", "rate"])
                ),
            ],
            required: [
                "schema", "decision", "reasons", "findings", "schedule", "estimatedMinutes", "stage", "blocks",
                "cautions",
            ], description: "lumbar.program/1 with the program's id and version.")
    }

    /// One session of `lumbar.sessions/1`; `closed` for the request body.
    /// One session entry; as a `patch`, every field is optional (those given replace the stored
    /// ones, `null` clears an optional one).
    static func sessionEntry(closed: Bool, patch: Bool = false) -> JSONValue {
        let limits = SessionLog.Limits.self
        let pain = Schema.integer(limits.pain)
        let exercise = Schema.object(
            [
                ("id", exerciseID), ("setsDone", Schema.integer(limits.sets)),
                (
                    "repsDone",
                    Schema.nullable(
                        Schema.array(Schema.integer(limits.repsPerSet), maxItems: limits.sets.upperBound))
                ),
                ("holdSeconds", Schema.nullable(Schema.integer(limits.holdSeconds))), ("painDuring", pain),
                ("formOk", Schema.boolean), ("skipped", .object([("const", .bool(false))])),
            ], required: ["id", "setsDone", "painDuring", "formOk"], closed: closed)
        // CONTRACT.md (second round): an exercise not done is `{"id": …, "skipped": true}`.
        let skipped = Schema.object(
            [("id", exerciseID), ("skipped", .object([("const", .bool(true))]))], required: ["id", "skipped"],
            closed: true)
        let entry: JSONValue = .object([("anyOf", .array([exercise, skipped]))])
        return Schema.object(
            [
                ("date", Schema.string(format: "date", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
                ("painBefore", pain), ("painAfter", pain), ("painNextMorning", Schema.nullable(pain)),
                ("exercises", Schema.array(entry, maxItems: limits.exercisesPerSession)),
                ("notes", Schema.nullable(Schema.string(maxLength: limits.notesLength))),
            ], required: patch ? [] : ["date", "painBefore", "painAfter", "exercises"], closed: closed,
            description: patch
                ? "The fields of a logged session to correct; the result must be a valid session entry."
                : "One session of lumbar.sessions/1; exercise ids come from the catalog; dated from a year before "
                    + "the client was added to tomorrow.")
    }

    static var catalog: JSONValue {
        let range = Schema.nullable(Schema.array(Schema.integer(), maxItems: 2, minItems: 2))
        let exercise = Schema.object(
            [
                ("id", Schema.string()), ("name", Schema.string()), ("phase", Schema.enumeration(Phase.self)),
                ("summary", Schema.string()), ("targets", Schema.array(Schema.enumeration(Muscle.self))),
                ("laterality", Schema.enumeration(Laterality.self)), ("position", Schema.enumeration(Position.self)),
                ("equipment", Schema.array(Schema.enumeration(Equipment.self))),
                (
                    "dose",
                    Schema.object(
                        [
                            ("sets", Schema.integer()), ("reps", Schema.nullable(Schema.integer())),
                            ("holdSeconds", Schema.nullable(Schema.integer())),
                            ("minutes", Schema.nullable(Schema.integer())), ("perSide", Schema.boolean),
                        ], required: ["sets", "perSide"])
                ),
                (
                    "doseRange",
                    Schema.object(
                        [("sets", range), ("reps", range), ("holdSeconds", range), ("minutes", range)],
                        required: ["sets"])
                ),
                ("progression", Schema.nullable(Schema.string())), ("regression", Schema.nullable(Schema.string())),
                ("unilateralVariant", Schema.nullable(Schema.string())), ("cues", Schema.strings()),
                ("cautions", Schema.strings()),
                ("intolerance", Schema.nullable(Schema.enumeration(SpinalDirection.self))),
                ("unsuitableFor", Schema.array(Schema.enumeration(ClinicalCondition.self))),
                ("aliases", Schema.strings()),
                ("sources", Schema.strings()),
            ], required: ["id", "name", "phase", "targets", "laterality", "equipment", "dose", "doseRange"])
        return Schema.object(
            [("schema", Schema.constant(Catalog.schema)), ("exercises", Schema.array(exercise))],
            required: ["schema", "exercises"])
    }

    static var routines: JSONValue {
        let dose = Schema.object(
            [
                ("sets", Schema.integer()), ("reps", Schema.integer()), ("repsMax", Schema.integer()),
                ("holdSeconds", Schema.integer()), ("breaths", Schema.integer()), ("minutes", Schema.integer()),
                ("perSide", Schema.boolean),
            ], required: ["sets"])
        let step = Schema.object(
            [("exerciseId", Schema.string()), ("dose", dose), ("note", Schema.nullable(Schema.string()))],
            required: ["exerciseId", "dose"])
        let routine = Schema.object(
            [
                ("id", Schema.string()), ("name", Schema.string()), ("summary", Schema.string()),
                ("rounds", Schema.integer()), ("sources", Schema.strings()), ("steps", Schema.array(step)),
            ], required: ["id", "name", "rounds", "steps"])
        return Schema.object(
            [("schema", Schema.constant(Routines.schema)), ("routines", Schema.array(routine))],
            required: ["schema", "routines"])
    }
}
