import LumbarCore
import LumbarJSON
import LumbarStore

/// The schemas of data ownership: the whole-client export and the password that confirms an erasure.
extension OpenAPISchemas {
    static var dataOwnership: [(String, JSONValue)] {
        [
            ("PasswordConfirmation", CredentialsBody.confirmationShape.schema),
            ("ClientExport", clientExport),
        ]
    }

    /// `lumbar.export/1`. Embedded documents are the stored ones as they are (older ones may not
    /// match today's document schemas), or null beside `unreadableDocument` when not JSON.
    static var clientExport: JSONValue {
        let document: [(String, JSONValue)] = [
            ("document", JSONSchema.nullable(.object([("type", .string("object"))]))),
            ("unreadableDocument", JSONSchema.string(description: "The stored text, when it is not JSON.")),
        ]
        func record(_ properties: [(String, JSONValue)], required: [String]) -> JSONValue {
            JSONSchema.object(properties + document, required: required + ["document"])
        }
        let clearance = JSONSchema.object(
            [("id", JSONSchema.uuid), ("note", JSONSchema.string()), ("createdAt", JSONSchema.dateTime)],
            required: ["id", "note", "createdAt"])
        let assessment = record(
            [
                ("id", JSONSchema.uuid), ("createdAt", JSONSchema.dateTime),
                ("decision", JSONSchema.enumeration(Decision.self)),
                ("reasons", JSONSchema.strings()), ("clearances", JSONSchema.array(clearance)),
            ], required: ["id", "createdAt", "decision", "reasons", "clearances"])
        let program = record(
            [
                ("programId", JSONSchema.uuid), ("version", JSONSchema.integer(1...1_000_000)),
                ("assessmentId", JSONSchema.nullable(JSONSchema.uuid)),
                ("change", JSONSchema.enumeration(ProgramChange.self)),
                ("active", JSONSchema.boolean), ("createdAt", JSONSchema.dateTime),
            ], required: ["programId", "version", "assessmentId", "change", "active", "createdAt"])
        let session = record(
            [
                ("id", JSONSchema.uuid), ("date", JSONSchema.string(format: "date")),
                ("programId", JSONSchema.nullable(JSONSchema.uuid)),
                ("programVersion", JSONSchema.nullable(JSONSchema.integer())),
                ("shareLinkId", JSONSchema.nullable(JSONSchema.uuid)),
                ("createdAt", JSONSchema.dateTime),
            ], required: ["id", "date", "programId", "programVersion", "shareLinkId", "createdAt"])
        let link = JSONSchema.object(
            [
                ("id", JSONSchema.uuid), ("createdAt", JSONSchema.dateTime), ("expiresAt", JSONSchema.dateTime),
                ("revokedAt", JSONSchema.nullable(JSONSchema.dateTime)),
            ], required: ["id", "createdAt", "expiresAt", "revokedAt"])
        return JSONSchema.object(
            [
                ("schema", JSONSchema.constant(ClientExport.schema)), ("exportedAt", JSONSchema.dateTime),
                (
                    "trainer",
                    JSONSchema.object(
                        [("name", JSONSchema.string()), ("email", JSONSchema.string())], required: ["name", "email"])
                ),
                ("client", JSONSchema.ref("Client")), ("assessments", JSONSchema.array(assessment)),
                ("programVersions", JSONSchema.array(program)), ("sessions", JSONSchema.array(session)),
                ("shareLinks", JSONSchema.array(link)),
            ],
            required: [
                "schema", "exportedAt", "trainer", "client", "assessments", "programVersions", "sessions", "shareLinks",
            ],
            description:
                "Everything held about one client, oldest first in every list. Share links never carry tokens.")
    }
}
