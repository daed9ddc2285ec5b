import Hummingbird
import LumbarCore
import LumbarJSON

extension Request {
    /// The body as text, at most `limit` bytes (413 beyond); `BodyLimitMiddleware` has usually
    /// collected it already, so this only reads what is in memory.
    func bodyText(limit: Int) async throws -> String {
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw APIError.payloadTooLarge(limit: limit)
        }
        guard let text = String(validating: Array(buffer.readableBytesView), as: UTF8.self) else {
            throw APIError.malformedJSON("The request body is not valid UTF-8.")
        }
        return text
    }

    /// The body parsed as JSON: 400 when it is empty or malformed, with the line and column.
    func jsonBody(limit: Int) async throws -> (text: String, value: JSONValue) {
        let text = try await bodyText(limit: limit)
        guard !text.allSatisfy(\.isWhitespace) else {
            throw APIError.malformedJSON("The request body is empty; a JSON document is expected.")
        }
        do {
            return (text, try JSONParser.parse(text))
        } catch {
            throw APIError.malformedJSON("Malformed JSON at \(error).")
        }
    }

    /// The body parsed as JSON, or nil when there is none (for routes whose body is optional).
    func optionalJSONBody(limit: Int) async throws -> JSONValue? {
        let text = try await bodyText(limit: limit)
        if text.allSatisfy(\.isWhitespace) { return nil }
        do {
            return try JSONParser.parse(text)
        } catch {
            throw APIError.malformedJSON("Malformed JSON at \(error).")
        }
    }
}
