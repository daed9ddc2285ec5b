import LumbarApp
import LumbarCore
import LumbarJSON
import LumbarStore

/// The OpenAPI 3.1 description of every route, served at `GET /openapi.json`. Hand-written, and
/// checked by a test against the router's route list; enum values come from the core types.
enum OpenAPIDocument {
    static var json: JSONValue {
        .object([
            ("openapi", .string("3.1.0")),
            (
                "info",
                .object([
                    ("title", .string("Lumbar API")), ("version", .string("1.0.0")),
                    (
                        "description",
                        .string(
                            "Screen, assess and plan corrective exercise for low back pain. Sign in with "
                                + "POST /api/v1/auth/login and send Authorization: Bearer <token>. Errors answer "
                                + "{\"error\": {\"code\", \"message\", \"field\"}}; another trainer's resource "
                                + "answers 404."
                        )
                    ),
                ])
            ),
            ("security", .array([.object([("bearerAuth", .array([]))])])),
            ("paths", .object(paths)),
            (
                "components",
                .object([
                    ("schemas", .object(OpenAPISchemas.all)),
                    ("responses", .object(errorResponses)),
                    (
                        "securitySchemes",
                        .object([
                            ("bearerAuth", .object([("type", .string("http")), ("scheme", .string("bearer"))]))
                        ])
                    ),
                ])
            ),
        ])
    }

    // MARK: - Paths

    static var paths: [(String, JSONValue)] {
        let client = [pathID("id", "The client's id.")]
        let program = [pathID("id", "The program's id.")]
        return [
            route(
                "/healthz",
                get(
                    "health", "Health", "Whether the database answers and takes a write.", public: true,
                    [ok("Health"), error(503)])),
            route(
                "/hello",
                get(
                    "hello", "Health", "A plain answer that touches nothing: the HTTP stack's ceiling for benchmarks.",
                    public: true, [("200", hello)])),
            route(
                "/openapi.json",
                get("openapi", "Health", "This document.", public: true, [("200", document)])),
            route(
                "/api/v1/auth/register",
                post(
                    "register", "Auth", "Create a trainer account and sign in.", public: true,
                    body: "RegisterRequest",
                    [created("AuthSession"), error(400), error(409), error(413), error(422), error(429)])),
            route(
                "/api/v1/auth/login",
                post(
                    "login", "Auth", "Sign in; rate-limited per account and per address.", public: true,
                    body: "LoginRequest",
                    [ok("AuthSession"), error(400), error(401), error(413), error(422), error(429)])),
            route(
                "/api/v1/auth/logout",
                post("logout", "Auth", "Revoke the token this request carries.", [noContent(), error(401)])),
            route(
                "/api/v1/auth/account",
                operation(
                    "delete", "eraseAccount", "Auth",
                    "Erase the signed-in account and every client in it, for good. A wrong password counts as a "
                        + "failed sign-in.", body: "PasswordConfirmation",
                    [noContent(), error(400), error(401), error(403), error(413), error(422), error(429)])),
            route(
                "/api/v1/clients",
                get(
                    "listClients", "Clients", "The trainer's clients, most recently changed first.",
                    parameters: listParameters, [ok("ClientPage"), error(400), error(401)]),
                post(
                    "createClient", "Clients", "Add a client.", body: "ClientCreate",
                    [created("Client", links: clientLinks), error(400), error(401), error(413), error(422)])),
            route(
                "/api/v1/clients/{id}",
                get("getClient", "Clients", "One client.", parameters: client, [ok("Client"), error(401), error(404)]),
                operation(
                    "patch", "updateClient", "Clients", "Change a client's name, age or notes.", parameters: client,
                    body: "ClientPatch", [ok("Client"), error(400), error(401), error(404), error(413), error(422)]),
                operation(
                    "delete", "eraseClient", "Clients",
                    "Erase a client and everything that hangs off them (assessments, programs, sessions, share "
                        + "links) for good; afterwards every route for them answers 404.", parameters: client,
                    [noContent(), error(401), error(404)])),
            route(
                "/api/v1/clients/{id}/export",
                get(
                    "exportClient", "Clients",
                    "Everything held about the client as one lumbar.export/1 file (archived clients too).",
                    parameters: client, [ok("ClientExport"), error(401), error(404)])),
            route(
                "/api/v1/clients/{id}/archive",
                post(
                    "archiveClient", "Clients", "Archive a client.", parameters: client,
                    [ok("Client"), error(401), error(404)])),
            route(
                "/api/v1/clients/{id}/restore",
                post(
                    "restoreClient", "Clients",
                    "Bring an archived client back, with the status their screening and program support; a "
                        + "client who is not archived is answered as they are.", parameters: client,
                    [ok("Client"), error(401), error(404)])),
            route(
                "/api/v1/clients/{id}/assessments",
                post(
                    "assess", "Assessments",
                    "Record a lumbar.assessment/1: screening first; a program only when it proceeds.",
                    parameters: client, body: "Assessment",
                    [
                        created("AssessmentResult", links: programLinks("program")), error(400), error(401), error(404),
                        error(413), error(422),
                    ])),
            route(
                "/api/v1/clients/{id}/clearances",
                post(
                    "clear", "Assessments",
                    "Record a medical clearance; the latest referred assessment then yields a program (never an "
                        + "emergency).",
                    parameters: client, body: "ClearanceRequest",
                    [
                        created("Clearance", links: programLinks("program")), error(400), error(401), error(404),
                        error(409), error(413), error(422),
                    ])),
            route(
                "/api/v1/clients/{id}/program",
                get(
                    "activeProgram", "Programs", "The client's active program.", parameters: client,
                    [ok("ProgramVersion"), error(401), error(404)])),
            route(
                "/api/v1/programs/{id}",
                get(
                    "getProgram", "Programs", "The newest version of a program.", parameters: program,
                    [ok("ProgramVersion"), error(401), error(404)]),
                operation(
                    "patch", "editProgram", "Programs", "Swap an exercise or change a dose; answers the new version.",
                    parameters: program, body: "ProgramEdit",
                    [
                        ok("ProgramVersion"), error(400), error(401), error(404), error(409), error(413), error(422),
                    ])),
            route(
                "/api/v1/clients/{id}/sessions",
                get(
                    "listSessions", "Sessions", "The client's logged sessions, oldest first.",
                    parameters: client + pageParameters, [ok("SessionPage"), error(400), error(401), error(404)]),
                post(
                    "logSession", "Sessions",
                    "Log one session of lumbar.sessions/1. With an Idempotency-Key, a retry answers the first answer "
                        + "and stores nothing new.", parameters: client + [idempotencyKey],
                    body: "SessionEntry",
                    [created("Created"), error(400), error(401), error(404), error(413), error(422)])),
            route(
                "/api/v1/sessions/{id}",
                operation(
                    "patch", "correctSession", "Sessions",
                    "Correct a logged session: the fields given replace the stored ones; answers the session.",
                    parameters: [pathID("id", "The session's id.")], body: "SessionPatch",
                    [ok("LoggedSession"), error(400), error(401), error(404), error(413), error(422)]),
                operation(
                    "delete", "deleteSession", "Sessions", "Delete a logged session.",
                    parameters: [pathID("id", "The session's id.")], [noContent(), error(401), error(404)])),
            route(
                "/api/v1/clients/{id}/progression",
                post(
                    "progress", "Programs",
                    "Apply the progression rules to the active program and every logged session; answers the new "
                        + "version with a decision per exercise, alerts and adherence. 409 when the log brings nothing "
                        + "new since the last progression.",
                    parameters: client, body: "ProgressionRequest", bodyRequired: false,
                    [
                        ok("ProgramVersion"), error(400), error(401), error(404), error(409), error(413), error(422),
                    ])),
            route(
                "/api/v1/catalog",
                get(
                    "catalog", "Catalog", "The exercise catalog (lumbar.catalog/1), filtered.", public: true,
                    parameters: filterParameters, [ok("Catalog"), error(400)])),
            route(
                "/api/v1/routines",
                get(
                    "routines", "Catalog", "The ready-made workouts (lumbar.routines/1), filtered.", public: true,
                    parameters: filterParameters, [ok("Routines"), error(400)])),
            route(
                "/api/v1/clients/{id}/share-links",
                get(
                    "listShareLinks", "Share links", "The client's share links (tokens are never shown again).",
                    parameters: client, [ok("ShareLinkPage"), error(401), error(404)]),
                post(
                    "createShareLink", "Share links",
                    "Create a link to the client's program; the token is shown once.", parameters: client,
                    body: "ShareLinkRequest", bodyRequired: false,
                    [
                        created("ShareLinkCreated", links: shareLinks), error(400), error(401), error(404), error(413),
                        error(422),
                    ])),
            route(
                "/api/v1/share-links/{id}",
                operation(
                    "delete", "revokeShareLink", "Share links", "Revoke a share link.",
                    parameters: [pathID("id", "The share link's id.")], [noContent(), error(401), error(404)])),
            route(
                "/api/v1/share/{token}",
                get(
                    "sharedProgram", "Shared", "The shared client's first name and active program; nothing else.",
                    public: true, parameters: [tokenParameter], [ok("SharedProgram"), error(404)])),
            route(
                "/api/v1/share/{token}/sessions",
                post(
                    "logSharedSession", "Shared",
                    "Log a session through a share link (404 while the client has no program to follow). With an "
                        + "Idempotency-Key, a retry answers the first answer and stores nothing new.", public: true,
                    parameters: [tokenParameter, idempotencyKey], body: "SessionEntry",
                    [created("Created"), error(400), error(404), error(413), error(422)])),
            route(
                "/api/v1/share/{token}/sessions/{id}",
                operation(
                    "patch", "setSharedNextMorningPain", "Shared",
                    "Record the pain the morning after a session logged through this link, within two days of it; "
                        + "answers the session.",
                    public: true, parameters: [tokenParameter, pathID("id", "The session's id.")],
                    body: "NextMorningPain",
                    [ok("LoggedSession"), error(400), error(404), error(413), error(422)])),
        ]
    }

    // MARK: - Building blocks

    static func route(_ path: String, _ operations: (String, JSONValue)...) -> (String, JSONValue) {
        (path, .object(operations))
    }

    static func get(
        _ id: String, _ tag: String, _ summary: String, public isPublic: Bool = false, parameters: [JSONValue] = [],
        _ responses: [(String, JSONValue)]
    ) -> (String, JSONValue) {
        operation("get", id, tag, summary, public: isPublic, parameters: parameters, responses)
    }

    static func post(
        _ id: String, _ tag: String, _ summary: String, public isPublic: Bool = false, parameters: [JSONValue] = [],
        body: String? = nil, bodyRequired: Bool = true, _ responses: [(String, JSONValue)]
    ) -> (String, JSONValue) {
        operation(
            "post", id, tag, summary, public: isPublic, parameters: parameters, body: body, bodyRequired: bodyRequired,
            responses)
    }

    static func operation(
        _ method: String, _ id: String, _ tag: String, _ summary: String, public isPublic: Bool = false,
        parameters: [JSONValue] = [], body: String? = nil, bodyRequired: Bool = true,
        _ responses: [(String, JSONValue)]
    ) -> (String, JSONValue) {
        var pairs: [(String, JSONValue)] = [
            ("operationId", .string(id)), ("tags", .strings([tag])), ("summary", .string(summary)),
        ]
        if isPublic { pairs.append(("security", .array([]))) }
        if !parameters.isEmpty { pairs.append(("parameters", .array(parameters))) }
        if let body {
            pairs.append(
                (
                    "requestBody",
                    .object([
                        ("required", .bool(bodyRequired)),
                        ("content", .object([("application/json", .object([("schema", JSONSchema.ref(body))]))])),
                    ])
                ))
        }
        // Any route can fail on the server's side.
        pairs.append(("responses", .object(responses + [error(500)])))
        return (method, .object(pairs))
    }

    /// The answer of `GET /hello`: the word, as plain text.
    static let hello: JSONValue = .object([
        ("description", .string("The word hello.")),
        ("content", .object([("text/plain", .object([("schema", .object([("type", .string("string"))]))]))])),
    ])

    /// The answer of `GET /openapi.json`: some JSON object.
    static let document: JSONValue = .object([
        ("description", .string("The OpenAPI document.")),
        ("content", .object([("application/json", .object([("schema", .object([("type", .string("object"))]))]))])),
    ])

    static func ok(_ schema: String) -> (String, JSONValue) { ("200", answer("OK", schema)) }
    static func created(_ schema: String, links: [(String, JSONValue)] = []) -> (String, JSONValue) {
        ("201", answer("Created", schema, links: links))
    }
    static func noContent() -> (String, JSONValue) { ("204", .object([("description", .string("Done."))])) }

    static func answer(_ description: String, _ schema: String, links: [(String, JSONValue)] = []) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("description", .string(description)),
            ("content", .object([("application/json", .object([("schema", JSONSchema.ref(schema))]))])),
        ]
        if !links.isEmpty { pairs.append(("links", .object(links))) }
        return .object(pairs)
    }

    // MARK: - Links: where an answer's ids lead (clients and fuzzers follow them)

    /// A link to `operationId` filling `parameter` from the answer at `pointer` (`/id`).
    static func link(_ operationId: String, _ parameter: String, _ pointer: String) -> (String, JSONValue) {
        (
            operationId,
            .object([
                ("operationId", .string(operationId)),
                ("parameters", .object([(parameter, .string("$response.body#\(pointer)"))])),
            ])
        )
    }

    static var clientLinks: [(String, JSONValue)] {
        [
            "getClient", "updateClient", "archiveClient", "restoreClient", "exportClient", "assess", "clear",
            "listSessions",
            "logSession",
            "listShareLinks", "createShareLink",
        ].map { link($0, "id", "/id") }
    }

    static func programLinks(_ field: String) -> [(String, JSONValue)] {
        ["getProgram", "editProgram"].map { link($0, "id", "/\(field)/id") }
    }

    static var shareLinks: [(String, JSONValue)] {
        [
            link("sharedProgram", "token", "/token"), link("logSharedSession", "token", "/token"),
            link("revokeShareLink", "id", "/id"),
        ]
    }

    static let errorNames: [Int: (name: String, description: String)] = [
        400: ("BadRequest", "Malformed JSON or an unusable query parameter."),
        401: ("Unauthorized", "No valid token, or a wrong e-mail address or password."),
        403: ("Forbidden", "The password given does not confirm the act."),
        404: ("NotFound", "Missing, or another trainer's."),
        409: ("Conflict", "Conflicts with what is stored."),
        413: ("PayloadTooLarge", "The request body is over 256 KiB."),
        422: ("ValidationFailed", "The body was read but is not valid; `field` is the first problem's JSON path."),
        429: ("RateLimited", "Too many attempts; see Retry-After."),
        500: ("InternalError", "A failure on the server's side; details stay in its log."),
        503: ("Unavailable", "The database does not answer, or takes no write."),
    ]

    static func error(_ status: Int) -> (String, JSONValue) {
        (String(status), .object([("$ref", .string("#/components/responses/\(errorNames[status]!.name)"))]))
    }

    static var errorResponses: [(String, JSONValue)] {
        errorNames.keys.sorted().map { status in
            let entry = errorNames[status]!
            return (entry.name, answer(entry.description, "Error"))
        }
    }

    static func pathID(_ name: String, _ description: String) -> JSONValue {
        .object([
            ("name", .string(name)), ("in", .string("path")), ("required", .bool(true)),
            ("description", .string(description)), ("schema", JSONSchema.uuid),
        ])
    }

    static let tokenParameter: JSONValue = .object([
        ("name", .string("token")), ("in", .string("path")), ("required", .bool(true)),
        ("description", .string("The share token from the link.")), ("schema", JSONSchema.string()),
    ])

    static let idempotencyKey: JSONValue = .object([
        ("name", .string("Idempotency-Key")), ("in", .string("header")), ("required", .bool(false)),
        (
            "description",
            .string(
                "A key the client makes up per session (a UUID, say); a retry with the same key answers the first "
                    + "answer, and the same key with another body is 422. Kept at least 24 hours.")
        ),
        ("schema", JSONSchema.string(minLength: 1, maxLength: SessionIdempotency.maxLength, pattern: "^[!-~]+$")),
    ])

    static func query(_ name: String, _ schema: JSONValue, _ description: String) -> JSONValue {
        .object([
            ("name", .string(name)), ("in", .string("query")), ("required", .bool(false)),
            ("description", .string(description)), ("schema", schema),
        ])
    }

    static var pageParameters: [JSONValue] {
        [
            query("page", JSONSchema.integer(1...1_000_000), "1-based page (default 1)."),
            query("per", JSONSchema.integer(1...Paging.maxPer), "Items per page (default 50)."),
        ]
    }

    static var listParameters: [JSONValue] {
        [
            query(
                "q", JSONSchema.string(maxLength: 200),
                "Part of the client's name (a `+` is a space, as a form sends it)."),
            query("status", JSONSchema.enumeration(ClientStatus.self, orEmpty: true), "Only clients with this status."),
        ] + pageParameters
    }

    static var filterParameters: [JSONValue] {
        [
            query("phase", JSONSchema.enumeration(Phase.self, orEmpty: true), "Only this phase."),
            query("muscle", JSONSchema.enumeration(Muscle.self, orEmpty: true), "Only exercises working this muscle."),
            query("q", JSONSchema.string(maxLength: 200), "Text in the name, summary or cues (a `+` is a space)."),
        ]
    }
}
