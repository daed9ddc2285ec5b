import Foundation
import LumbarCore
import LumbarJSON
import LumbarStore

/// A trainer as the API shows it: never the password hash.
enum TrainerDTO {
    static func json(_ trainer: TrainerRecord) -> JSONValue {
        .object([
            ("id", .string(trainer.id.wire)), ("email", .string(trainer.email)),
            ("name", .string(trainer.name)),
        ])
    }

    /// The answer to register and login: the token (shown this once) and who it signs in.
    static func session(token: String, trainer: TrainerRecord) -> JSONValue {
        .object([("token", .string(token)), ("trainer", json(trainer))])
    }
}
