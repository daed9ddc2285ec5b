import Hummingbird
import LumbarCore
import LumbarJSON

/// Responses written with LumbarCore's `JSONWriter`, so the API prints contract documents exactly
/// as the command line does (keys in the contract's order), only compact.
enum JSONResponse {
    /// `value` as a JSON response with `status`.
    static func make(_ status: HTTPResponse.Status, _ value: JSONValue, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        let text = JSONWriter.string(value, pretty: false)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Bytes that are already compact JSON (a stored document) as a response with `status`.
    static func buffer(_ status: HTTPResponse.Status, _ buffer: ByteBuffer) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: buffer))
    }

    /// 204 with no body.
    static func noContent() -> Response { Response(status: .noContent) }

    /// The error body the contract defines: `{ "error": { "code", "message", "field" } }`, plus
    /// `issues` listing every problem of a validation failure.
    static let errorShape = AnswerShape<APIError>([
        .nested(
            "error",
            AnswerShape<APIError>([
                .text("code") { $0.code }, .text("message") { $0.message }, .optionalText("field") { $0.field },
                .listUnlessEmpty(
                    "issues",
                    AnswerShape<ValidationIssue>([.text("field") { $0.path }, .text("message") { $0.message }])
                ) { $0.issues },
            ])
        ) { $0 }
    ])

    static func error(_ error: APIError) -> Response {
        make(error.status, errorShape.json(error), headers: error.headers)
    }
}
