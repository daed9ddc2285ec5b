import Testing

@testable import LumbarJSON

/// The parser's shortcuts (strings without escapes, whole numbers, the key scan of small objects)
/// give the same values and errors as the general paths they skip.
@Suite struct JSONParserFastPathTests {
    @Test func wholeNumbersMatchTheTextConversion() throws {
        for text in ["0", "-0", "7", "-12", "999999999999999", "-999999999999999", "1000000000000000", "12.0", "1e3"] {
            let parsed = try JSONParser.parse(text)
            let expected = try #require(Double(text))
            guard case .number(let number) = parsed else {
                Issue.record("\(text) is not a number")
                continue
            }
            #expect(number == expected && number.sign == expected.sign, "\(text)")
        }
    }

    @Test func stringsWithAndWithoutEscapes() throws {
        #expect(try JSONParser.parse(#""plain é""#) == .string("plain é"))
        #expect(try JSONParser.parse(#""a\nb \"c\"""#) == .string("a\nb \"c\""))
        #expect(try JSONParser.parse(#""""#) == .string(""))
        #expect(throws: JSONParseError(line: 1, column: 4, reason: "control character in a string must be escaped")) {
            try JSONParser.parse("\"ab\u{01}\"")
        }
    }

    @Test func duplicateKeysAreFoundInLargeObjectsToo() {
        let keys = (0..<40).map { "\"k\($0)\": \($0)" }
        let text = "{" + (keys + ["\"k3\": 0"]).joined(separator: ", ") + "}"
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
        do {
            _ = try JSONParser.parse(text)
        } catch {
            #expect(error.reason == "duplicate key \"k3\"")
        }
        let unique = "{" + keys.joined(separator: ", ") + "}"
        #expect((try? JSONParser.parse(unique))?["k39"] == .number(39))
    }

    @Test func pathsAreJoinedOnlyForIssuesButReadTheSame() {
        let log = IssueLog()
        let root = JSONReader(value: try! JSONParser.parse(#"{"a": [{"b": "x"}]}"#), path: "", log: log)
        let item = root.object(keys: ["a"])?.field("a")?.array()?.first
        #expect(item?.path == "a[0]")
        #expect(item?.object(keys: ["b"])?.field("b")?.path == "a[0].b")
        _ = item?.object(keys: ["b"])?.int("b", in: 0...1)
        #expect(log.issues.map(\.path) == ["a[0].b"])
    }
}
