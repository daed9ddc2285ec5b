import Testing

@testable import LumbarJSON

/// A body's shape reads strictly and describes itself with the same limits.
@Suite struct ObjectShapeTests {
    enum Side: String, CaseIterable { case left, right }

    static let name = Field("name", .text(maxLength: 5))
    static let age = Field("age", .integer(1...120), nullable: true)
    static let side = Field("side", .oneOf(Side.self))
    static let shape = ObjectShape([name, age, side], required: ["name"])

    func issues(_ text: String, _ shape: ObjectShape = shape) throws -> [String] {
        let value = try JSONParser.parse(text)
        do {
            _ = try shape.read(value)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    @Test func readsEachFieldAsItsType() throws {
        let body = try Self.shape.read(try JSONParser.parse(#"{"name": " Ann ", "age": 40, "side": "left"}"#))
        #expect(body[Self.name] == "Ann")
        #expect(body[Self.age] == 40)
        #expect(body[Self.side] == .left)
        #expect(body.change(Self.age).patch == .some(.some(40)))
    }

    @Test func leftOutKeepsAndNullClearsOnlyWhereAllowed() throws {
        let kept = try Self.shape.read(try JSONParser.parse(#"{"name": "Ann"}"#))
        #expect(kept.change(Self.age).patch == nil)
        #expect(!kept.has("age"))
        let cleared = try Self.shape.read(try JSONParser.parse(#"{"name": "Ann", "age": null}"#))
        #expect(cleared.change(Self.age).patch == .some(nil))
        #expect(cleared[Self.age] == nil)
        #expect(try issues(#"{"name": "Ann", "side": null}"#) == ["side: cannot be null; leave the key out instead"])
        #expect(try issues(#"{"name": null}"#) == ["name: is required"])
    }

    @Test func reportsUnknownKeysFirstThenEveryFieldInOrder() throws {
        #expect(
            try issues(#"{"side": "up", "extra": 1, "age": 0}"#) == [
                "extra: unknown key (expected one of name, age, side)", "name: is required",
                "age: 0 is outside 1…120", #"side: "up" is not one of left, right"#,
            ])
        #expect(try issues("[1]") == ["(document): expected an object, found an array"])
    }

    @Test func nestedObjectsReportFullPathsAndAtLeastOneOf() throws {
        let figure = Field("sets", .integer(1...10))
        let inner = ObjectShape([figure, Field("reps", .integer(1...10))], atLeastOneOf: ["sets", "reps"])
        let outer = ObjectShape([Field("dose", .object(inner))], required: ["dose"])
        #expect(try issues(#"{"dose": {}}"#, outer) == ["dose: give at least one of sets, reps"])
        #expect(try issues(#"{"dose": {"sets": 11}}"#, outer) == ["dose.sets: 11 is outside 1…10"])
        let body = try outer.read(try JSONParser.parse(#"{"dose": {"reps": 3}}"#))
        #expect(body[Field("dose", .object(inner))]?[Field("reps", .integer(1...10))] == 3)
    }

    @Test func theSchemaIsClosedAndCarriesTheReadersLimits() throws {
        let schema = Self.shape.schema
        #expect(schema["additionalProperties"] == .bool(false))
        #expect(schema["required"] == .strings(["name"]))
        let properties = try #require(schema["properties"])
        #expect(properties["name"]?["maxLength"] == .int(5))
        #expect(properties["age"]?["type"] == .strings(["integer", "null"]))
        #expect(properties["age"]?["maximum"] == .int(120))
        #expect(properties["side"]?["enum"] == .strings(["left", "right"]))
        // The limit the schema states is the one the reader holds: five characters pass, six do not.
        #expect(try issues(#"{"name": "abcde"}"#).isEmpty)
        #expect(try issues(#"{"name": "abcdef"}"#) == ["name: is 6 characters long; at most 5 are allowed"])
    }

    @Test func checkedAndDocumentedShapesKeepTheirReading() throws {
        let even = ValueShape<Int>.integer(0...100).checked { value, reader in
            guard value % 2 == 0 else {
                reader.log.add(reader.path, "must be even")
                return nil
            }
            return value
        }
        let shape = ObjectShape([Field("n", even.documented(as: JSONSchema.integer(0...100, description: "even")))])
        #expect(try issues(#"{"n": 3}"#, shape) == ["n: must be even"])
        #expect(shape.schema["properties"]?["n"]?["description"] == .string("even"))
    }
}
