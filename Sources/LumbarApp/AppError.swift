import LumbarCore
import LumbarJSON
import LumbarStore

/// What a use case refuses, in the domain's words. The web app maps each case to its HTTP answer
/// (`APIError.init(_: AppError)`); a tool may word it its own way. Core's `ValidationFailure` (a
/// document that breaks the contract) and the store's `StoreError` pass through unchanged.
public enum AppError: Error, Equatable, Sendable {
    /// Missing, or owned by another trainer: the two are never told apart ("client", "session").
    case notFound(String)
    /// The client has nothing to follow: no program yet, or a screening that stopped training.
    case noProgram(ClientStatus)
    /// One field of the input is wrong (`path` is its JSON path, empty for the whole body).
    case invalid(path: String, message: String)
    /// The request conflicts with what is stored, or with a change made at the same time;
    /// `field` names the input that conflicts, when one does.
    case conflict(String, field: String? = nil)
    /// The credentials sign nobody in.
    case unauthorized(String)
    /// The signed-in person may not do this (a wrong password where one confirms an action).
    case forbidden(String, field: String?)
    /// Too many failed attempts from here; try again after `retryAfter` seconds.
    case rateLimited(retryAfter: Int)
    /// A rule refuses the request; `code` names the rule for callers that act on it
    /// (`sessionOutOfRange`, `invalidProgression`, `idempotencyKeyReused`).
    case refused(code: String, message: String, field: String?)
}

extension Optional {
    /// The value, or `AppError.notFound(what)`: a missing row and another trainer's row read alike.
    func orNotFound(_ what: String) throws(AppError) -> Wrapped {
        guard let value = self else { throw AppError.notFound(what) }
        return value
    }
}
