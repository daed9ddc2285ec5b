import Foundation
import Hummingbird
import Logging

/// Logs one line per request with the route's template (`/api/v1/share/{token}`), never the
/// concrete path, so share tokens and other secrets in URLs stay out of the logs.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = LumbarRequestContext

    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds =
            Double(elapsed.components.attoseconds / 1_000_000_000_000) / 1000
            + Double(elapsed.components.seconds) * 1000
        logger.info(
            "\(request.method) \(context.endpointPath ?? "unmatched") \(response.status.code)",
            metadata: [
                "request": .string(context.id), "ms": .stringConvertible((milliseconds * 10).rounded() / 10),
            ])
        return response
    }
}
