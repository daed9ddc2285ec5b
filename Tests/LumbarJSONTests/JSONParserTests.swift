import Testing

@testable import LumbarJSON

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(#"{"a": [1, -2.5, 3e2, true, false, null, "x\"\u00e9\ud83d\ude00"], "b": {}}"#)
        #expect(
            value["a"]
                == .array([.number(1), .number(-2.5), .number(300), .bool(true), .bool(false), .null, .string("x\"é😀")])
        )
        #expect(value["b"] == .object([]))
    }

    @Test(arguments: [
        ("{", "line 1, column 2: expected a quoted key"),
        ("{\"a\": 1,}", "line 1, column 9: expected a quoted key"),
        ("[1 2]", "line 1, column 4: expected ',' or ']'"),
        ("{\"a\": 1, \"a\": 2}", "line 1, column 10: duplicate key \"a\""),
        ("\n\n  tru", "line 3, column 3: invalid literal, expected 'true'"),
        ("01", "line 1, column 2: numbers may not have leading zeros"),
        ("\"abc", "line 1, column 5: unterminated string"),
        ("[1] x", "line 1, column 5: unexpected text after the JSON value"),
        ("", "line 1, column 1: unexpected end of input, expected a value"),
        ("\"\\ud800\"", "line 1, column 8: unpaired surrogate in \\u escape"),
    ])
    func reportsWhereTheDocumentIsMalformed(input: String, message: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(input) }
        do {
            _ = try JSONParser.parse(input)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func refusesDeepNesting() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
    }

    @Test func writerRoundTripsAndKeepsKeyOrder() throws {
        let value = JSONValue.object([("z", .int(1)), ("a", .strings(["b", "c"])), ("m", .object([("k", .null)]))])
        let text = JSONWriter.string(value)
        #expect(text.contains("\"z\": 1"))
        #expect(text.firstRange(of: "\"z\"")!.lowerBound < text.firstRange(of: "\"a\"")!.lowerBound)
        #expect(try JSONParser.parse(text) == value)
        #expect(try JSONParser.parse(JSONWriter.string(value, pretty: false)) == value)
    }

    @Test func writerEscapesControlCharacters() throws {
        let value = JSONValue.string("line\nnext\u{01}\"quote\"\\")
        #expect(try JSONParser.parse(JSONWriter.string(value)) == value)
    }
}
