import Foundation
import Hummingbird
import LumbarCore
import LumbarJSON
import LumbarSQLite
import LumbarWeb
import Testing

@Suite struct OpenAPITests {
    static func document() async throws -> JSONValue {
        let store = try SQLiteStore.inMemory()
        let app = buildApplication(config: .testing, store: store)
        return try await app.test(.router) { client in
            let response = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let document = try JSONParser.parse(String(buffer: response.body))
            #expect(document["openapi"] == .string("3.1.0"))
            return document
        }
    }

    /// Every `method path` the document describes.
    static func operations(_ document: JSONValue) -> Set<String> {
        guard case .object(let paths)? = document["paths"] else { return [] }
        var result = Set<String>()
        for (path, item) in paths {
            guard case .object(let methods) = item else { continue }
            for (method, _) in methods { result.insert("\(method.uppercased()) \(path)") }
        }
        return result
    }

    @Test func everyRegisteredRouteIsDescribedAndNothingElse() async throws {
        let store = try SQLiteStore.inMemory()
        let router = buildRouter(config: .testing, store: store)
        // The HTML pages and their static files are for browsers, not part of the API document.
        let machine = router.routes.filter { route in
            route.path.description.hasPrefix("/api/")
                || ["/healthz", "/openapi.json", "/hello"].contains(route.path.description)
        }
        let registered = Set(machine.map { "\($0.method) \($0.path)" })
        #expect(registered.count >= 25)
        let described = Self.operations(try await Self.document())
        #expect(
            registered.subtracting(described).isEmpty,
            "not in openapi.json: \(registered.subtracting(described).sorted())")
        #expect(
            described.subtracting(registered).isEmpty, "no such route: \(described.subtracting(registered).sorted())")
    }

    @Test func everyReferenceResolves() async throws {
        let document = try await Self.document()
        var references = Set<String>()
        func collect(_ value: JSONValue) {
            switch value {
            case .object(let pairs):
                for (key, child) in pairs {
                    if key == "$ref", case .string(let target) = child { references.insert(target) }
                    collect(child)
                }
            case .array(let items): items.forEach(collect)
            default: break
            }
        }
        collect(document)
        #expect(!references.isEmpty)
        for reference in references {
            let parts = reference.dropFirst(2).split(separator: "/").map(String.init)
            var value: JSONValue? = document
            for part in parts { value = value?[part] }
            #expect(value != nil, "\(reference) does not resolve")
        }
    }

    @Test func everyOperationHasAnIdAndDocumentsItsErrors() async throws {
        let document = try await Self.document()
        guard case .object(let paths)? = document["paths"] else { Issue.record("no paths"); return }
        var ids = Set<String>()
        for (path, item) in paths {
            guard case .object(let methods) = item else { continue }
            for (method, operation) in methods {
                guard case .string(let id)? = operation["operationId"] else {
                    Issue.record("\(method) \(path) has no operationId")
                    continue
                }
                #expect(ids.insert(id).inserted, "duplicate operationId \(id)")
                #expect(operation["responses"]?["500"] != nil)
                let isPublic = operation["security"] == .array([])
                if !isPublic { #expect(operation["responses"]?["401"] != nil, "\(method) \(path) lacks 401") }
                if operation["requestBody"] != nil {
                    #expect(operation["responses"]?["413"] != nil, "\(method) \(path) lacks 413")
                    #expect(operation["responses"]?["422"] != nil, "\(method) \(path) lacks 422")
                }
            }
        }
    }
}
