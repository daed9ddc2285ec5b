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

    static let painScale = JSONSchema.integer(Assessment.Limits.pain)

    /// An exercise id: one of the bundled catalog's.
    static var exerciseID: JSONValue {
        guard let catalog = try? Catalog.bundled() else { return JSONSchema.text(maxLength: 100) }
        return .object([("type", .string("string")), ("enum", .strings(catalog.exercises.map(\.id)))])
    }

    /// The request bodies, each from the shape that reads it.
    static var requests: [(String, JSONValue)] {
        [
            ("RegisterRequest", CredentialsBody.registrationShape.schema),
            ("LoginRequest", CredentialsBody.signInShape.schema),
            ("ClientCreate", ClientBody.createShape.schema),
            ("ClientPatch", ClientBody.patchShape.schema),
            ("ClearanceRequest", ClearanceBody.shape.schema),
            ("ProgramEdit", ProgramEdit.schema),
            ("ShareLinkRequest", ShareLinkBody.shape.schema),
            ("ProgressionRequest", ProgressionBody.shape.schema),
            ("NextMorningPain", NextMorningBody.shape.schema),
        ]
    }

    static var answers: [(String, JSONValue)] {
        [
            (
                "Error",
                JSONSchema.object(
                    [
                        (
                            "error",
                            JSONSchema.object(
                                [
                                    ("code", JSONSchema.string()), ("message", JSONSchema.string()),
                                    ("field", JSONSchema.nullable(JSONSchema.string())),
                                    (
                                        "issues",
                                        JSONSchema.array(
                                            JSONSchema.object(
                                                [("field", JSONSchema.string()), ("message", JSONSchema.string())],
                                                required: ["field", "message"]))
                                    ),
                                ], required: ["code", "message", "field"])
                        )
                    ], required: ["error"])
            ),
            (
                "Trainer",
                JSONSchema.object(
                    [("id", JSONSchema.uuid), ("email", JSONSchema.string()), ("name", JSONSchema.string())],
                    required: ["id", "email", "name"])
            ),
            (
                "AuthSession",
                JSONSchema.object(
                    [
                        ("token", JSONSchema.string(description: "Send as Authorization: Bearer <token>; shown once.")),
                        ("trainer", JSONSchema.ref("Trainer")),
                    ], required: ["token", "trainer"])
            ),
            (
                "Client",
                JSONSchema.object(
                    [
                        ("id", JSONSchema.uuid), ("name", JSONSchema.string()),
                        ("age", JSONSchema.nullable(JSONSchema.integer())),
                        ("notes", JSONSchema.nullable(JSONSchema.string())),
                        ("status", JSONSchema.enumeration(ClientStatus.self)), ("createdAt", JSONSchema.dateTime),
                        ("updatedAt", JSONSchema.dateTime),
                    ], required: ["id", "name", "age", "notes", "status", "createdAt", "updatedAt"])
            ),
            (
                "ClientPage",
                JSONSchema.object(
                    [("items", JSONSchema.array(JSONSchema.ref("Client"))), ("total", JSONSchema.integer())],
                    required: ["items", "total"])
            ),
            (
                "AssessmentResult",
                JSONSchema.object(
                    [
                        ("assessmentId", JSONSchema.uuid), ("decision", JSONSchema.enumeration(Decision.self)),
                        ("reasons", JSONSchema.strings()), ("advice", JSONSchema.string()),
                        ("program", JSONSchema.nullable(JSONSchema.ref("ProgramVersion"))),
                    ], required: ["assessmentId", "decision", "reasons", "program"])
            ),
            (
                "Clearance",
                JSONSchema.object(
                    [
                        ("id", JSONSchema.uuid), ("assessmentId", JSONSchema.uuid), ("note", JSONSchema.string()),
                        ("createdAt", JSONSchema.dateTime), ("program", JSONSchema.ref("ProgramVersion")),
                    ], required: ["id", "assessmentId", "note", "createdAt", "program"])
            ),
            (
                "ProgramVersion",
                JSONSchema.extending(
                    program, with: [("id", JSONSchema.uuid), ("version", JSONSchema.integer(1...Int(Int32.max)))],
                    required: ["id", "version"])
            ),
            ("Created", JSONSchema.object([("id", JSONSchema.uuid)], required: ["id"])),
            (
                "LoggedSession",
                JSONSchema.extending(
                    sessionEntry(closed: false),
                    with: [
                        ("id", JSONSchema.uuid), ("programId", JSONSchema.nullable(JSONSchema.uuid)),
                        ("programVersion", JSONSchema.nullable(JSONSchema.integer())),
                        ("createdAt", JSONSchema.dateTime),
                    ], required: ["id", "programId", "programVersion", "createdAt"])
            ),
            (
                "SessionPage",
                JSONSchema.object(
                    [("items", JSONSchema.array(JSONSchema.ref("LoggedSession"))), ("total", JSONSchema.integer())],
                    required: ["items", "total"])
            ),
            (
                "ShareLinkCreated",
                JSONSchema.object(
                    [
                        ("id", JSONSchema.uuid),
                        (
                            "url",
                            JSONSchema.string(
                                description:
                                    "The page to send the client, /s/{token} (relative); scripts read /api/v1/share/{token}."
                            )
                        ),
                        ("token", JSONSchema.string(description: "Shown once; only its hash is stored.")),
                        ("expiresAt", JSONSchema.dateTime),
                    ], required: ["id", "url", "token", "expiresAt"])
            ),
            (
                "ShareLink",
                JSONSchema.object(
                    [
                        ("id", JSONSchema.uuid), ("clientId", JSONSchema.uuid), ("createdAt", JSONSchema.dateTime),
                        ("expiresAt", JSONSchema.dateTime), ("revokedAt", JSONSchema.nullable(JSONSchema.dateTime)),
                        ("active", JSONSchema.boolean),
                    ], required: ["id", "clientId", "createdAt", "expiresAt", "revokedAt", "active"])
            ),
            (
                "ShareLinkPage",
                JSONSchema.object(
                    [("items", JSONSchema.array(JSONSchema.ref("ShareLink"))), ("total", JSONSchema.integer())],
                    required: ["items", "total"])
            ),
            (
                "SharedProgram",
                JSONSchema.object(
                    [
                        ("firstName", JSONSchema.string()),
                        ("program", JSONSchema.nullable(JSONSchema.ref("ProgramVersion"))),
                    ],
                    required: ["firstName", "program"])
            ),
            ("Health", JSONSchema.object([("status", JSONSchema.constant("ok"))], required: ["status"])),
        ]
    }
}
