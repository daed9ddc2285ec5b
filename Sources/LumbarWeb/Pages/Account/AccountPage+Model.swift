import Foundation
import LumbarStore

/// The account page: who the trainer is, since when, and the problems of the erase form.
struct AccountPage {
    var name: String
    var email: String
    /// "6 December 2026".
    var since: String
    var errors = FormErrors()

    init(_ trainer: TrainerRecord, errors: FormErrors) {
        name = trainer.name
        email = trainer.email
        since = trainer.createdAt.formatted(.dateTime.year().month(.wide).day())
        self.errors = errors
    }
}
