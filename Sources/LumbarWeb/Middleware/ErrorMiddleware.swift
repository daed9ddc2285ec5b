import Hummingbird
import Logging
import LumbarApp
import LumbarCore
import LumbarJSON
import LumbarStore

/// Turns every error a route throws into the contract's JSON error body, or for a web page into
/// an HTML error page. Failures the caller cannot fix are logged as errors and answered with a
/// generic message: no stack trace, no database detail reaches the caller.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = LumbarRequestContext

    let logger: Logger
    /// The registered routes, to tell a wrong method (405) from an unknown path (404).
    let routes: RouteTable
    /// Renders the HTML error page for requests outside the JSON API.
    let errorPage: @Sendable (APIError) -> Response

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound && context.endpointPath == "NotFound" {
            let allowed = routes.methods(at: request.uri.path)
            guard !allowed.isEmpty else { return respond(map(error, context: context), to: request) }
            var headers = HTTPFields()
            headers[.allow] = allowed.joined(separator: ", ")
            return respond(
                APIError(
                    .methodNotAllowed, code: "methodNotAllowed",
                    message: "\(request.method) is not allowed here; use \(allowed.joined(separator: " or ")).",
                    headers: headers),
                to: request)
        } catch {
            return respond(map(error, context: context), to: request)
        }
    }

    func respond(_ error: APIError, to request: Request) -> Response {
        ErrorMiddleware.isPage(request.uri.path) ? errorPage(error) : JSONResponse.error(error)
    }

    /// Whether a path belongs to the web pages rather than the API and its machine routes.
    static func isPage(_ path: String) -> Bool {
        !["/api/", "/openapi.json", "/healthz", "/hello", "/static/"].contains { path.hasPrefix($0) }
    }

    func map(_ error: any Error, context: Context) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as AppError:
            return APIError(error)
        case let failure as ValidationFailure:
            return .validation(failure)
        case let error as StoreError:
            switch error {
            case .notFound: return .notFound("resource")
            case .conflict(let message): return .conflict(message)
            case .unavailable(let detail):
                logger.error(
                    "database unavailable", metadata: ["error": .string(detail), "request": .string(context.id)])
                return .unavailable
            }
        case let error as HTTPError:
            return APIError(
                error.status, code: Self.code(for: error.status),
                message: error.body ?? Self.message(for: error.status), headers: error.headers)
        case let error as any HTTPResponseError where error.status.code < 500:
            // NIO's "too many bytes" and Hummingbird's own decoding failures land here.
            return APIError(error.status, code: Self.code(for: error.status), message: Self.message(for: error.status))
        default:
            logger.error(
                "unhandled error",
                metadata: ["error": .string(String(reflecting: error)), "request": .string(context.id)])
            return .internal
        }
    }

    static func code(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: return "notFound"
        case .methodNotAllowed: return "methodNotAllowed"
        case .contentTooLarge: return "payloadTooLarge"
        case .badRequest: return "badRequest"
        case .unauthorized: return "unauthorized"
        default: return status.code >= 500 ? "internalError" : "httpError"
        }
    }

    static func message(for status: HTTPResponse.Status) -> String {
        status == .notFound ? "No such route." : status.reasonPhrase
    }
}
