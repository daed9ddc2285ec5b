import Foundation
import Hummingbird

/// Refuses request bodies over the limit with 413 before anything reads them: by the declared
/// `Content-Length` when there is one, otherwise while collecting, which stops at the limit. The
/// body must also arrive within `timeout`: a client trickling a byte at a time would otherwise hold
/// a connection and a task for as long as it likes. Either refusal closes the connection, since the
/// rest of the body is still on its way.
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = LumbarRequestContext

    let limit: Int
    let timeout: TimeInterval

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        // Without Content-Length or Transfer-Encoding an HTTP/1.1 request has no body (RFC 9112,
        // 6.3): nothing to limit, and collecting the empty body of every GET costs a wait for its end.
        let declaredLength = request.headers[.contentLength]
        guard declaredLength != nil || request.headers[.transferEncoding] != nil else {
            return try await next(request, context)
        }
        if let declared = declaredLength.flatMap({ Int($0) }), declared > limit {
            throw APIError.payloadTooLarge(limit: limit)
        }
        return try await next(try await collected(request), context)
    }

    /// `request` with its whole body in memory.
    private func collected(_ request: Request) async throws -> Request {
        let (limit, timeout) = (limit, timeout)
        return try await withThrowingTaskGroup(of: Request?.self) { group in
            group.addTask {
                var request = request
                do {
                    _ = try await request.collectBody(upTo: limit)
                } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
                    // NIO's "too many bytes": the body went past the limit while being read.
                    throw APIError.payloadTooLarge(limit: limit)
                } catch is CancellationError {
                    return nil
                } catch {
                    // The client went away mid-body: its fault, not the server's, and nobody is
                    // left to read the answer.
                    throw APIError(
                        .badRequest, code: "incompleteBody", message: "The request body ended before it was complete.",
                        headers: [.connection: "close"])
                }
                return request
            }
            group.addTask {
                try await Task.sleep(for: .seconds(timeout))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let request = first else {
                throw APIError(
                    .requestTimeout, code: "requestTimeout",
                    message: "The request body took longer than \(Int(timeout)) seconds to arrive.",
                    headers: [.connection: "close"])
            }
            return request
        }
    }
}
