import LumbarApp
import LumbarCore
import LumbarJSON
import LumbarStore

/// The `components.schemas` of the OpenAPI document: request bodies (closed: unknown keys are
/// rejected) and answers, each named after what it carries.
enum OpenAPISchemas {
    static var all: [(String, JSONValue)] {
        requests + answers + documents + dataOwnership
    }

    static let painScale = Schema.integer(Assessment.Limits.pain)

    /// An exercise id: one of the bundled catalog's.
    static var exerciseID: JSONValue {
        guard let catalog = try? Catalog.bundled() else { return Schema.text(maxLength: 100) }
        return .object([("type", .string("string")), ("enum", .strings(catalog.exercises.map(\.id)))])
    }

    static var requests: [(String, JSONValue)] {
        [
            (
                "RegisterRequest",
                Schema.object(
                    [
                        ("email", Schema.string(minLength: 3, maxLength: CredentialsBody.emailLength, format: "email")),
                        (
                            "password",
                            Schema.string(
                                minLength: CredentialsBody.passwordCharacters,
                                maxLength: CredentialsBody.passwordBytes,
                                description:
                                    "At least 10 characters and at most 72 bytes of UTF-8 (bcrypt reads no further).")
                        ),
                        ("name", Schema.text(maxLength: CredentialsBody.nameLength)),
                    ], required: ["email", "password", "name"], closed: true)
            ),
            (
                "LoginRequest",
                Schema.object(
                    [
                        ("email", Schema.string(minLength: 1, maxLength: CredentialsBody.emailLength)),
                        ("password", Schema.string(maxLength: 1024)),
                    ], required: ["email", "password"], closed: true)
            ),
            (
                "ClientCreate",
                Schema.object(
                    [
                        ("name", Schema.text(maxLength: ClientBody.nameLength)),
                        ("age", Schema.nullable(Schema.integer(ClientBody.age))),
                        ("notes", Schema.nullable(Schema.string(maxLength: ClientBody.notesLength))),
                    ], required: ["name"], closed: true)
            ),
            (
                "ClientPatch",
                Schema.object(
                    [
                        ("name", Schema.text(maxLength: ClientBody.nameLength)),
                        (
                            "age",
                            Schema.nullable(
                                Schema.integer(ClientBody.age, description: "null clears the age."))
                        ),
                        ("notes", Schema.nullable(Schema.string(maxLength: ClientBody.notesLength))),
                    ], closed: true, description: "Only the fields given change; null clears age or notes.")
            ),
            (
                "ClearanceRequest",
                Schema.object(
                    [("note", Schema.text(maxLength: ClearanceBody.noteLength))], required: ["note"], closed: true)
            ),
            (
                "ProgramEdit",
                .object([
                    (
                        "description",
                        .string(
                            "One edit: swap an exercise for another of the same phase that suits the program, or "
                                + "set an exercise's dose within the catalog's range.")
                    ),
                    (
                        "oneOf",
                        .array([
                            Schema.object(
                                [
                                    (
                                        "swap",
                                        Schema.object(
                                            [
                                                ("from", exerciseID), ("to", exerciseID),
                                            ],
                                            required: ["from", "to"], closed: true)
                                    )
                                ], required: ["swap"], closed: true),
                            Schema.object(
                                [
                                    (
                                        "dose",
                                        Schema.object(
                                            [
                                                ("exercise", exerciseID),
                                                ("sets", Schema.integer(ProgramEdit.figureBounds)),
                                                ("reps", Schema.integer(ProgramEdit.figureBounds)),
                                                ("holdSeconds", Schema.integer(ProgramEdit.figureBounds)),
                                                ("minutes", Schema.integer(ProgramEdit.figureBounds)),
                                            ], required: ["exercise"], closed: true, minProperties: 2)
                                    )
                                ], required: ["dose"], closed: true),
                        ])
                    ),
                ])
            ),
            (
                "ShareLinkRequest",
                Schema.object(
                    [("expiresInDays", Schema.nullable(Schema.integer(ShareLinkBody.days)))], closed: true,
                    description: "Optional; the link lasts 90 days when no body is sent.")
            ),
            ("ProgressionRequest", Schema.object([], closed: true, description: "Optional and empty.")),
            (
                "NextMorningPain",
                Schema.object(
                    [("painNextMorning", Schema.integer(SessionLog.Limits.pain))], required: ["painNextMorning"],
                    closed: true)
            ),
        ]
    }

    static var answers: [(String, JSONValue)] {
        [
            (
                "Error",
                Schema.object(
                    [
                        (
                            "error",
                            Schema.object(
                                [
                                    ("code", Schema.string()), ("message", Schema.string()),
                                    ("field", Schema.nullable(Schema.string())),
                                    (
                                        "issues",
                                        Schema.array(
                                            Schema.object(
                                                [("field", Schema.string()), ("message", Schema.string())],
                                                required: ["field", "message"]))
                                    ),
                                ], required: ["code", "message", "field"])
                        )
                    ], required: ["error"])
            ),
            (
                "Trainer",
                Schema.object(
                    [("id", Schema.uuid), ("email", Schema.string()), ("name", Schema.string())],
                    required: ["id", "email", "name"])
            ),
            (
                "AuthSession",
                Schema.object(
                    [
                        ("token", Schema.string(description: "Send as Authorization: Bearer <token>; shown once.")),
                        ("trainer", Schema.ref("Trainer")),
                    ], required: ["token", "trainer"])
            ),
            (
                "Client",
                Schema.object(
                    [
                        ("id", Schema.uuid), ("name", Schema.string()),
                        ("age", Schema.nullable(Schema.integer())), ("notes", Schema.nullable(Schema.string())),
                        ("status", Schema.enumeration(ClientStatus.self)), ("createdAt", Schema.dateTime),
                        ("updatedAt", Schema.dateTime),
                    ], required: ["id", "name", "age", "notes", "status", "createdAt", "updatedAt"])
            ),
            (
                "ClientPage",
                Schema.object(
                    [("items", Schema.array(Schema.ref("Client"))), ("total", Schema.integer())],
                    required: ["items", "total"])
            ),
            (
                "AssessmentResult",
                Schema.object(
                    [
                        ("assessmentId", Schema.uuid), ("decision", Schema.enumeration(Decision.self)),
                        ("reasons", Schema.strings()), ("advice", Schema.string()),
                        ("program", Schema.nullable(Schema.ref("ProgramVersion"))),
                    ], required: ["assessmentId", "decision", "reasons", "program"])
            ),
            (
                "Clearance",
                Schema.object(
                    [
                        ("id", Schema.uuid), ("assessmentId", Schema.uuid), ("note", Schema.string()),
                        ("createdAt", Schema.dateTime), ("program", Schema.ref("ProgramVersion")),
                    ], required: ["id", "assessmentId", "note", "createdAt", "program"])
            ),
            (
                "ProgramVersion",
                Schema.extending(
                    program, with: [("id", Schema.uuid), ("version", Schema.integer(1...Int(Int32.max)))],
                    required: ["id", "version"])
            ),
            ("Created", Schema.object([("id", Schema.uuid)], required: ["id"])),
            (
                "LoggedSession",
                Schema.extending(
                    sessionEntry(closed: false),
                    with: [
                        ("id", Schema.uuid), ("programId", Schema.nullable(Schema.uuid)),
                        ("programVersion", Schema.nullable(Schema.integer())), ("createdAt", Schema.dateTime),
                    ], required: ["id", "programId", "programVersion", "createdAt"])
            ),
            (
                "SessionPage",
                Schema.object(
                    [("items", Schema.array(Schema.ref("LoggedSession"))), ("total", Schema.integer())],
                    required: ["items", "total"])
            ),
            (
                "ShareLinkCreated",
                Schema.object(
                    [
                        ("id", Schema.uuid),
                        (
                            "url",
                            Schema.string(
                                description:
                                    "The page to send the client, /s/{token} (relative); scripts read /api/v1/share/{token}."
                            )
                        ),
                        ("token", Schema.string(description: "Shown once; only its hash is stored.")),
                        ("expiresAt", Schema.dateTime),
                    ], required: ["id", "url", "token", "expiresAt"])
            ),
            (
                "ShareLink",
                Schema.object(
                    [
                        ("id", Schema.uuid), ("clientId", Schema.uuid), ("createdAt", Schema.dateTime),
                        ("expiresAt", Schema.dateTime), ("revokedAt", Schema.nullable(Schema.dateTime)),
                        ("active", Schema.boolean),
                    ], required: ["id", "clientId", "createdAt", "expiresAt", "revokedAt", "active"])
            ),
            (
                "ShareLinkPage",
                Schema.object(
                    [("items", Schema.array(Schema.ref("ShareLink"))), ("total", Schema.integer())],
                    required: ["items", "total"])
            ),
            (
                "SharedProgram",
                Schema.object(
                    [("firstName", Schema.string()), ("program", Schema.nullable(Schema.ref("ProgramVersion")))],
                    required: ["firstName", "program"])
            ),
            ("Health", Schema.object([("status", Schema.constant("ok"))], required: ["status"])),
        ]
    }
}
