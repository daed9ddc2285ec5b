import LumbarCore
import LumbarJSON

/// The contract's documents (`lumbar.assessment/1`, `lumbar.program/1`, a `lumbar.sessions/1`
/// session, `lumbar.catalog/1`, `lumbar.routines/1`) as JSON JSONSchema.
extension OpenAPISchemas {
    static var documents: [(String, JSONValue)] {
        [
            ("Assessment", assessment), ("SessionEntry", sessionEntry(closed: true)),
            ("SessionPatch", sessionEntry(closed: true, patch: true)), ("Catalog", catalog),
            ("Routines", routines),
        ]
    }

    private static func perSide(_ value: JSONValue) -> JSONValue {
        JSONSchema.nullable(
            JSONSchema.object(
                [("left", JSONSchema.nullable(value)), ("right", JSONSchema.nullable(value))], closed: true))
    }

    private static func optionalList<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> JSONValue
    where E.RawValue == String {
        JSONSchema.nullable(JSONSchema.array(JSONSchema.enumeration(type), maxItems: 100))
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
        return JSONSchema.object(
            [
                ("schema", JSONSchema.constant(Assessment.schema)),
                (
                    "client",
                    JSONSchema.object(
                        [
                            ("name", JSONSchema.text(maxLength: limits.nameLength)),
                            ("age", JSONSchema.nullable(JSONSchema.integer(limits.age))),
                        ], required: ["name"], closed: true)
                ),
                (
                    "screening",
                    JSONSchema.object(
                        [
                            ("redFlags", JSONSchema.array(JSONSchema.enumeration(RedFlag.self), maxItems: 100)),
                            ("medicalClearance", JSONSchema.nullable(JSONSchema.boolean)),
                        ], required: ["redFlags"], closed: true)
                ),
                (
                    "pain",
                    JSONSchema.object(
                        [
                            ("now", painScale), ("worstWeek", JSONSchema.nullable(painScale)),
                            ("belowKnee", JSONSchema.nullable(JSONSchema.boolean)),
                            ("worseWith", optionalList(PainTrigger.self)),
                            ("betterWith", optionalList(PainTrigger.self)),
                        ], required: ["now"], closed: true)
                ),
                (
                    "lifestyle",
                    JSONSchema.nullable(
                        JSONSchema.object(
                            [
                                ("sittingHours", JSONSchema.nullable(JSONSchema.number(limits.sittingHours))),
                                (
                                    "activeDaysPerWeek",
                                    JSONSchema.nullable(JSONSchema.integer(limits.activeDaysPerWeek))
                                ),
                            ], closed: true))
                ),
                ("posture", optionalList(PostureFinding.self)),
                ("overheadSquat", squat),
                (
                    "tests",
                    JSONSchema.nullable(
                        JSONSchema.object(
                            [
                                ("thomas", perSide(JSONSchema.enumeration(LengthResult.self))),
                                ("straightLegRaise", perSide(JSONSchema.enumeration(StraightLegRaiseResult.self))),
                                ("piriformis", perSide(JSONSchema.enumeration(LengthResult.self))),
                                ("bridge", JSONSchema.nullable(JSONSchema.enumeration(BridgeResult.self))),
                                ("birdDog", JSONSchema.nullable(JSONSchema.enumeration(BirdDogResult.self))),
                                ("sidePlankSeconds", perSide(JSONSchema.number(limits.sidePlankSeconds))),
                                ("instability", JSONSchema.nullable(JSONSchema.boolean)),
                            ], closed: true))
                ),
                (
                    "preferences",
                    JSONSchema.nullable(
                        JSONSchema.object(
                            [
                                ("daysPerWeek", JSONSchema.nullable(JSONSchema.integer(limits.daysPerWeek))),
                                (
                                    "minutesPerSession",
                                    JSONSchema.nullable(JSONSchema.integer(limits.minutesPerSession))
                                ),
                                ("equipment", optionalList(Equipment.self)),
                            ], closed: true))
                ),
            ], required: ["schema", "client", "screening", "pain"], closed: true,
            description: "lumbar.assessment/1; fields left out count as not assessed.")
    }

    static var program: JSONValue {
        let dose = JSONSchema.object(
            [
                ("sets", JSONSchema.integer(1...50)), ("reps", JSONSchema.nullable(JSONSchema.integer())),
                ("holdSeconds", JSONSchema.nullable(JSONSchema.integer())),
                ("minutes", JSONSchema.nullable(JSONSchema.integer())),
                ("perSide", JSONSchema.boolean),
                ("weakSideExtraSets", JSONSchema.integer(Program.Limits.weakSideExtraSets)),
            ], required: ["sets", "reps", "holdSeconds", "minutes", "perSide", "weakSideExtraSets"])
        let note = JSONSchema.object(
            [
                ("decision", JSONSchema.enumeration(ProgressionNote.Verdict.self)), ("reason", JSONSchema.string()),
                ("from", JSONSchema.string()),
            ], required: ["decision", "reason"])
        let exercise = JSONSchema.object(
            [
                ("id", JSONSchema.string()), ("name", JSONSchema.string()), ("dose", dose),
                ("side", JSONSchema.enumeration(Side.self)), ("why", JSONSchema.strings()), ("progression", note),
            ], required: ["id", "name", "dose", "side", "why"])
        let block = JSONSchema.object(
            [("phase", JSONSchema.enumeration(Phase.self)), ("exercises", JSONSchema.array(exercise))],
            required: ["phase", "exercises"])
        let findings = JSONSchema.object(
            [
                ("overactive", JSONSchema.array(JSONSchema.enumeration(Muscle.self))),
                ("underactive", JSONSchema.array(JSONSchema.enumeration(Muscle.self))),
                ("weakSide", JSONSchema.nullable(JSONSchema.enumeration(Side.self))),
                ("instability", JSONSchema.boolean),
                ("intolerance", JSONSchema.nullable(JSONSchema.enumeration(SpinalDirection.self))),
                ("avoid", JSONSchema.array(JSONSchema.enumeration(SpinalDirection.self))),
                ("conditions", JSONSchema.array(JSONSchema.enumeration(ClinicalCondition.self))),
            ], required: ["overactive", "underactive", "weakSide", "instability", "intolerance"])
        return JSONSchema.object(
            [
                ("schema", JSONSchema.constant(Program.schema)), ("decision", JSONSchema.enumeration(Decision.self)),
                ("reasons", JSONSchema.strings()), ("findings", findings),
                (
                    "schedule",
                    JSONSchema.object(
                        [("daysPerWeek", JSONSchema.integer()), ("minutesPerSession", JSONSchema.integer())],
                        required: ["daysPerWeek", "minutesPerSession"])
                ),
                ("estimatedMinutes", JSONSchema.integer()), ("stage", JSONSchema.enumeration(Stage.self)),
                ("blocks", JSONSchema.array(block)), ("cautions", JSONSchema.strings()),
                ("alerts", JSONSchema.strings()),
                (
                    "adherence",
                    JSONSchema.object(
                        [
                            ("scheduled", JSONSchema.integer()), ("done", JSONSchema.integer()),
                            ("rate", JSONSchema.number(0...1)),
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
        let pain = JSONSchema.integer(limits.pain)
        let exercise = JSONSchema.object(
            [
                ("id", exerciseID), ("setsDone", JSONSchema.integer(limits.sets)),
                (
                    "repsDone",
                    JSONSchema.nullable(
                        JSONSchema.array(JSONSchema.integer(limits.repsPerSet), maxItems: limits.sets.upperBound))
                ),
                ("holdSeconds", JSONSchema.nullable(JSONSchema.integer(limits.holdSeconds))), ("painDuring", pain),
                ("formOk", JSONSchema.boolean), ("skipped", .object([("const", .bool(false))])),
            ], required: ["id", "setsDone", "painDuring", "formOk"], closed: closed)
        // CONTRACT.md (second round): an exercise not done is `{"id": …, "skipped": true}`.
        let skipped = JSONSchema.object(
            [("id", exerciseID), ("skipped", .object([("const", .bool(true))]))], required: ["id", "skipped"],
            closed: true)
        let entry: JSONValue = .object([("anyOf", .array([exercise, skipped]))])
        return JSONSchema.object(
            [
                ("date", JSONSchema.string(format: "date", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
                ("painBefore", pain), ("painAfter", pain), ("painNextMorning", JSONSchema.nullable(pain)),
                ("exercises", JSONSchema.array(entry, maxItems: limits.exercisesPerSession)),
                ("notes", JSONSchema.nullable(JSONSchema.string(maxLength: limits.notesLength))),
            ], required: patch ? [] : ["date", "painBefore", "painAfter", "exercises"], closed: closed,
            description: patch
                ? "The fields of a logged session to correct; the result must be a valid session entry."
                : "One session of lumbar.sessions/1; exercise ids come from the catalog; dated from a year before "
                    + "the client was added to tomorrow.")
    }

    static var catalog: JSONValue {
        let range = JSONSchema.nullable(JSONSchema.array(JSONSchema.integer(), maxItems: 2, minItems: 2))
        let exercise = JSONSchema.object(
            [
                ("id", JSONSchema.string()), ("name", JSONSchema.string()),
                ("phase", JSONSchema.enumeration(Phase.self)),
                ("summary", JSONSchema.string()), ("targets", JSONSchema.array(JSONSchema.enumeration(Muscle.self))),
                ("laterality", JSONSchema.enumeration(Laterality.self)),
                ("position", JSONSchema.enumeration(Position.self)),
                ("equipment", JSONSchema.array(JSONSchema.enumeration(Equipment.self))),
                (
                    "dose",
                    JSONSchema.object(
                        [
                            ("sets", JSONSchema.integer()), ("reps", JSONSchema.nullable(JSONSchema.integer())),
                            ("holdSeconds", JSONSchema.nullable(JSONSchema.integer())),
                            ("minutes", JSONSchema.nullable(JSONSchema.integer())), ("perSide", JSONSchema.boolean),
                        ], required: ["sets", "perSide"])
                ),
                (
                    "doseRange",
                    JSONSchema.object(
                        [("sets", range), ("reps", range), ("holdSeconds", range), ("minutes", range)],
                        required: ["sets"])
                ),
                ("progression", JSONSchema.nullable(JSONSchema.string())),
                ("regression", JSONSchema.nullable(JSONSchema.string())),
                ("unilateralVariant", JSONSchema.nullable(JSONSchema.string())), ("cues", JSONSchema.strings()),
                ("cautions", JSONSchema.strings()),
                ("intolerance", JSONSchema.nullable(JSONSchema.enumeration(SpinalDirection.self))),
                ("unsuitableFor", JSONSchema.array(JSONSchema.enumeration(ClinicalCondition.self))),
                ("aliases", JSONSchema.strings()),
                ("sources", JSONSchema.strings()),
            ], required: ["id", "name", "phase", "targets", "laterality", "equipment", "dose", "doseRange"])
        return JSONSchema.object(
            [("schema", JSONSchema.constant(Catalog.schema)), ("exercises", JSONSchema.array(exercise))],
            required: ["schema", "exercises"])
    }

    static var routines: JSONValue {
        let dose = JSONSchema.object(
            [
                ("sets", JSONSchema.integer()), ("reps", JSONSchema.integer()), ("repsMax", JSONSchema.integer()),
                ("holdSeconds", JSONSchema.integer()), ("breaths", JSONSchema.integer()),
                ("minutes", JSONSchema.integer()),
                ("perSide", JSONSchema.boolean),
            ], required: ["sets"])
        let step = JSONSchema.object(
            [("exerciseId", JSONSchema.string()), ("dose", dose), ("note", JSONSchema.nullable(JSONSchema.string()))],
            required: ["exerciseId", "dose"])
        let routine = JSONSchema.object(
            [
                ("id", JSONSchema.string()), ("name", JSONSchema.string()), ("summary", JSONSchema.string()),
                ("rounds", JSONSchema.integer()), ("sources", JSONSchema.strings()), ("steps", JSONSchema.array(step)),
            ], required: ["id", "name", "rounds", "steps"])
        return JSONSchema.object(
            [("schema", JSONSchema.constant(Routines.schema)), ("routines", JSONSchema.array(routine))],
            required: ["schema", "routines"])
    }
}
