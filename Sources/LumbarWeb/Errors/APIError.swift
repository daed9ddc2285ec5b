import Hummingbird
import LumbarApp
import LumbarCore
import LumbarJSON

/// A failure the API reports to its caller as `{ "error": { "code", "message", "field" } }`.
/// Routes throw these (or domain errors that `ErrorMiddleware` maps to them); nothing else
/// reaches the caller.
public struct APIError: Error, Equatable, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A stable, machine-readable name for the failure.
    public var code: String
    /// What went wrong, in plain words.
    public var message: String
    /// The JSON path or query parameter at fault, when there is one.
    public var field: String?
    /// Every problem found, for validation failures.
    public var issues: [ValidationIssue]
    /// Extra response headers (`Retry-After`, `WWW-Authenticate`).
    public var headers: HTTPFields

    /// An error with these parts.
    public init(
        _ status: HTTPResponse.Status, code: String, message: String, field: String? = nil,
        issues: [ValidationIssue] = [], headers: HTTPFields = [:]
    ) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.issues = issues
        self.headers = headers
    }

    /// 400: the body is not JSON.
    public static func malformedJSON(_ message: String) -> APIError {
        APIError(.badRequest, code: "malformedJson", message: message)
    }

    /// 400: a query parameter cannot be used.
    public static func badQuery(_ parameter: String, _ message: String) -> APIError {
        APIError(.badRequest, code: "badQuery", message: "\(parameter): \(message)", field: parameter)
    }

    /// 401: no valid credentials.
    public static func unauthorized(_ message: String = "Sign in first: send Authorization: Bearer <token>.")
        -> APIError
    {
        var headers = HTTPFields()
        headers[.wwwAuthenticate] = "Bearer"
        return APIError(.unauthorized, code: "unauthorized", message: message, headers: headers)
    }

    /// 404: missing, or owned by another trainer (the two are never told apart).
    public static func notFound(_ what: String) -> APIError {
        APIError(.notFound, code: "notFound", message: "No such \(what).")
    }

    /// 409: the request conflicts with what is stored.
    public static func conflict(_ message: String, field: String? = nil) -> APIError {
        APIError(.conflict, code: "conflict", message: message, field: field)
    }

    /// 413: the body is over the limit.
    public static func payloadTooLarge(limit: Int) -> APIError {
        APIError(
            .contentTooLarge, code: "payloadTooLarge",
            message: "The request body is larger than the \(limit / 1024) KiB allowed.",
            // The rest of the body is still coming: the connection closes after this answer
            // (`CloseAfterResponseHandler`) rather than wait for the client to give up.
            headers: [.connection: "close"])
    }

    /// 422: the document was read but is not valid; `field` is the first problem's path.
    public static func validation(_ failure: ValidationFailure) -> APIError {
        let first = failure.issues.first
        return APIError(
            .unprocessableContent, code: "validationFailed",
            message: failure.issues.map(\.description).joined(separator: "; "),
            field: first.flatMap { $0.path.isEmpty ? nil : $0.path }, issues: failure.issues)
    }

    /// 422 for a single field.
    public static func invalid(_ field: String, _ message: String) -> APIError {
        validation(ValidationFailure(path: field, message: message))
    }

    /// 429: too many attempts; try again after `retryAfter` seconds.
    public static func rateLimited(retryAfter: Int) -> APIError {
        var headers = HTTPFields()
        headers[.retryAfter] = String(retryAfter)
        return APIError(
            .tooManyRequests, code: "rateLimited",
            message: "Too many sign-in attempts; try again in \(max(1, retryAfter / 60)) minutes.", headers: headers)
    }

    /// 503: the database does not answer.
    public static let unavailable = APIError(
        .serviceUnavailable, code: "unavailable", message: "The service is unavailable; try again shortly.")

    /// 500: something failed that the caller cannot fix; the details stay in the log.
    public static let `internal` = APIError(
        .internalServerError, code: "internalError", message: "Something went wrong on our side.")
}

extension APIError {
    /// The HTTP answer for a refusal of the application layer.
    init(_ error: AppError) {
        switch error {
        case .notFound(let what): self = .notFound(what)
        case .noProgram(let status): self = .noProgram(status)
        case .invalid(let path, let message): self = .invalid(path, message)
        case .conflict(let message, let field): self = .conflict(message, field: field)
        case .unauthorized(let message): self = APIError(.unauthorized, code: "unauthorized", message: message)
        case .forbidden(let message, let field):
            self = APIError(.forbidden, code: "forbidden", message: message, field: field)
        case .rateLimited(let seconds): self = .rateLimited(retryAfter: seconds)
        case .refused(let code, let message, let field):
            self = APIError(.unprocessableContent, code: code, message: message, field: field)
        }
    }

    /// The answer for any error a page or route may show the caller itself (the API's errors, the
    /// application layer's refusals, a document that breaks the contract); nil for anything else,
    /// which only the error middleware answers.
    static func answer(for error: any Error) -> APIError? {
        switch error {
        case let error as APIError: return error
        case let error as AppError: return APIError(error)
        case let failure as ValidationFailure: return .validation(failure)
        default: return nil
        }
    }

    /// `error` as a page shows it to the person, when `shows` says the page handles it; otherwise
    /// `error` is thrown on to the error middleware.
    static func shown(_ error: any Error, if shows: (APIError) -> Bool) throws -> APIError {
        guard let answer = answer(for: error), shows(answer) else { throw error }
        return answer
    }
}
