import Hummingbird
import LumbarApp
import LumbarCore
import LumbarJSON
import LumbarStore
import Testing

@testable import LumbarWeb

/// The application layer refuses in domain words; the API's answers (status, code, field) are the
/// contract and must not move when a use case moves into `LumbarApp`.
@Suite struct AppErrorMappingTests {
    @Test func everyRefusalKeepsItsAnswer() {
        let notFound = APIError(AppError.notFound("session"))
        #expect(notFound.status == .notFound && notFound.code == "notFound" && notFound.message == "No such session.")

        let invalid = APIError(AppError.invalid(path: "date", message: "is required"))
        #expect(invalid.status == .unprocessableContent && invalid.code == "validationFailed")
        #expect(invalid.field == "date" && invalid.issues.count == 1)

        let conflict = APIError(AppError.conflict("The program changed while progressing it; try again."))
        #expect(conflict.status == .conflict && conflict.code == "conflict")

        let reused = APIError(SessionIdempotency.reused)
        #expect(reused.status == .unprocessableContent && reused.code == "idempotencyKeyReused")
        #expect(reused.field == "Idempotency-Key")

        let referred = APIError(AppError.noProgram(.referred))
        #expect(referred.status == .notFound && referred.message.contains("referred"))
    }

    @Test func pagesShowWhatTheCallerCanFixAndPassTheRestOn() throws {
        let shown = try APIError.shown(ValidationFailure(path: "painBefore", message: "is required")) {
            $0.status.code < 500
        }
        #expect(shown.status == .unprocessableContent && shown.field == "painBefore")
        #expect(throws: StoreError.self) {
            try APIError.shown(StoreError.unavailable("down")) { $0.status.code < 500 }
        }
        #expect(throws: AppError.self) {
            try APIError.shown(AppError.notFound("program")) { $0.status != .notFound }
        }
    }
}
