import Hummingbird

/// Refuses request bodies over the limit with 413 before anything reads them: by the declared
/// `Content-Length` when there is one, otherwise while collecting, which stops at the limit.
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = LumbarRequestContext

    let limit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
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
