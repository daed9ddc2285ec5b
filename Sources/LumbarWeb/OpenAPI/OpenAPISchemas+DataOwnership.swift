import LumbarCore
import LumbarJSON
import LumbarStore

/// The schemas of data ownership: the whole-client export and the password that confirms an erasure.
extension OpenAPISchemas {
    static var dataOwnership: [(String, JSONValue)] {
        [
            (
                "PasswordConfirmation",
                Schema.object(
                    [("password", Schema.string(maxLength: 1024, description: "The signed-in account's password."))],
                    required: ["password"], closed: true)
            ),
            ("ClientExport", clientExport),
        ]
    }

    /// `lumbar.export/1`. Embedded documents are the stored ones as they are (older ones may not
    /// match today's document schemas), or null beside `unreadableDocument` when not JSON.
    static var clientExport: JSONValue {
        let document: [(String, JSONValue)] = [
            ("document", Schema.nullable(.object([("type", .string("object"))]))),
            ("unreadableDocument", Schema.string(description: "The stored text, when it is not JSON.")),
        ]
        func record(_ properties: [(String, JSONValue)], required: [String]) -> JSONValue {
            Schema.object(properties + document, required: required + ["document"])
        }
        let clearance = Schema.object(
            [("id", Schema.uuid), ("note", Schema.string()), ("createdAt", Schema.dateTime)],
            required: ["id", "note", "createdAt"])
        let assessment = record(
            [
                ("id", Schema.uuid), ("createdAt", Schema.dateTime), ("decision", Schema.enumeration(Decision.self)),
                ("reasons", Schema.strings()), ("clearances", Schema.array(clearance)),
            ], required: ["id", "createdAt", "decision", "reasons", "clearances"])
        let program = record(
            [
                ("programId", Schema.uuid), ("version", Schema.integer(1...1_000_000)),
                ("assessmentId", Schema.nullable(Schema.uuid)), ("change", Schema.enumeration(ProgramChange.self)),
                ("active", Schema.boolean), ("createdAt", Schema.dateTime),
            ], required: ["programId", "version", "assessmentId", "change", "active", "createdAt"])
        let session = record(
            [
                ("id", Schema.uuid), ("date", Schema.string(format: "date")),
                ("programId", Schema.nullable(Schema.uuid)),
                ("programVersion", Schema.nullable(Schema.integer())), ("shareLinkId", Schema.nullable(Schema.uuid)),
                ("createdAt", Schema.dateTime),
            ], required: ["id", "date", "programId", "programVersion", "shareLinkId", "createdAt"])
        let link = Schema.object(
            [
                ("id", Schema.uuid), ("createdAt", Schema.dateTime), ("expiresAt", Schema.dateTime),
                ("revokedAt", Schema.nullable(Schema.dateTime)),
            ], required: ["id", "createdAt", "expiresAt", "revokedAt"])
        return Schema.object(
            [
                ("schema", Schema.constant(ClientExport.schema)), ("exportedAt", Schema.dateTime),
                (
                    "trainer",
                    Schema.object(
                        [("name", Schema.string()), ("email", Schema.string())], required: ["name", "email"])
                ),
                ("client", Schema.ref("Client")), ("assessments", Schema.array(assessment)),
                ("programVersions", Schema.array(program)), ("sessions", Schema.array(session)),
                ("shareLinks", Schema.array(link)),
            ],
            required: [
                "schema", "exportedAt", "trainer", "client", "assessments", "programVersions", "sessions", "shareLinks",
            ],
            description:
                "Everything held about one client, oldest first in every list. Share links never carry tokens.")
    }
}
