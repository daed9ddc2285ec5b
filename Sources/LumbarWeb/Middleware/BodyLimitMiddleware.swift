import Hummingbird

/// Refuses request bodies over the limit with 413 before anything reads them: by the declared
/// `Content-Length` when there is one, otherwise while collecting, which stops at the limit.
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = LumbarRequestContext

    let limit: Int

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
        var request = request
        do {
            _ = try await request.collectBody(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            // NIO's "too many bytes": the body went past the limit while being read.
            throw APIError.payloadTooLarge(limit: limit)
        }
        return try await next(request, context)
    }
}
