import LumbarJSON
import LumbarStore

/// A trainer as the API shows it: never the password hash.
enum TrainerDTO {
    static let shape = AnswerShape<TrainerRecord>([
        .uuid("id") { $0.id }, .text("email") { $0.email }, .text("name") { $0.name },
    ])

    /// The answer to register and login: the token (shown this once) and who it signs in.
    static let session = AnswerShape<(token: String, trainer: TrainerRecord)>([
        .text("token", description: "Send as Authorization: Bearer <token>; shown once.") { $0.token },
        .nested("trainer", shape, ref: "Trainer") { $0.trainer },
    ])
}
