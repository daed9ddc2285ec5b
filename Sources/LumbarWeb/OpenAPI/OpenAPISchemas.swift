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

    /// The answers, each from the shape that writes it.
    static var answers: [(String, JSONValue)] {
        [
            ("Error", JSONResponse.errorShape.schema),
            ("Trainer", TrainerDTO.shape.schema),
            ("AuthSession", TrainerDTO.session.schema),
            ("Client", ClientDTO.shape.schema),
            ("ClientPage", ClientDTO.page.schema),
            ("AssessmentResult", AssessmentDTO.result.schema),
            ("Clearance", AssessmentDTO.clearance.schema),
            ("ProgramVersion", ProgramDTO.shape.schema),
            ("Created", SessionDTO.created.schema),
            ("LoggedSession", SessionDTO.shape.schema),
            ("SessionPage", SessionDTO.page.schema),
            ("ShareLinkCreated", ShareLinkDTO.created.schema),
            ("ShareLink", ShareLinkDTO.shape.schema),
            ("ShareLinkPage", ShareLinkDTO.page.schema),
            ("SharedProgram", ProgramDTO.shared.schema),
            ("Health", HealthRoutes.healthy.schema),
        ]
    }
}
