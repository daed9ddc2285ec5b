import Hummingbird
import LumbarCore
import LumbarJSON

/// `GET /openapi.json`: the hand-written description of every route.
struct OpenAPIRoutes {
    /// Written once; the document never changes while the app runs.
    static let text = JSONWriter.string(OpenAPIDocument.json, pretty: true)

    func add(to router: Router<LumbarRequestContext>) {
        router.get("openapi.json") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(
                status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: OpenAPIRoutes.text)))
        }
    }
}
