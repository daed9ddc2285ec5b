import Foundation
import LumbarJSON
import OpenAPIKit
import Testing

/// The served document read by a real OpenAPI 3.1 model (OpenAPIKit), not only by our own walks
/// over its JSON: it must decode as a document and pass OpenAPIKit's validation (every reference
/// resolves, operation ids are unique, every operation answers, path parameters are declared).
@Suite struct OpenAPIKitValidationTests {
    @Test func theDocumentDecodesAndValidates() async throws {
        let text = JSONWriter.string(try await OpenAPITests.document(), pretty: false)
        let document = try JSONDecoder().decode(OpenAPI.Document.self, from: Data(text.utf8))
        try document.validate()
        #expect(document.openAPIVersion == .v3_1_0)
        #expect(document.paths.count >= 20)
        // Each request body names a schema the components hold, as derived from the body's shape.
        let create = try #require(document.paths["/api/v1/clients"]?.pathItemValue?.post)
        let body = try #require(create.requestBody?.requestValue?.content[.json]?.contentValue?.schema)
        #expect(body.reference?.name == "ClientCreate")
        let schema = try #require(document.components.schemas["ClientCreate"])
        #expect(schema.objectContext?.requiredProperties == ["name"])
        #expect(schema.objectContext?.additionalProperties?.a == false)

        // The validation has teeth: the same document with one answer pointing at a schema that
        // does not exist is refused.
        let broken = text.replacingOccurrences(of: "#/components/schemas/ClientPage", with: "#/components/schemas/Nope")
        let brokenDocument = try JSONDecoder().decode(OpenAPI.Document.self, from: Data(broken.utf8))
        #expect(throws: (any Error).self) { try brokenDocument.validate() }
    }
}
