/// Collects every problem found while reading one document, so that a user fixes them all in one go.
public final class IssueLog {
    public private(set) var issues: [ValidationIssue] = []

    public init() {}

    public func add(_ path: String, _ message: String) { issues.append(ValidationIssue(path: path, message: message)) }

    public var isEmpty: Bool { issues.isEmpty }
}

/// Reads one JSON value at a known path, reporting wrong types and out-of-range values to the log.
public struct JSONReader {
    public let value: JSONValue
    public let log: IssueLog
    /// The path is kept as the parent's path plus one step and joined only when asked for: almost
    /// every document read is valid, and building every field's path up front cost more than the
    /// parse itself (a year of session documents on one page).
    private let base: String
    private let step: Step

    public enum Step {
        case none
        case key(String)
        case index(Int)
    }

    public init(value: JSONValue, path: String, log: IssueLog) {
        self.init(value: value, base: path, step: .none, log: log)
    }

    public init(value: JSONValue, base: String, step: Step, log: IssueLog) {
        self.value = value
        self.base = base
        self.step = step
        self.log = log
    }

    /// Where the value sits in the document: `sessions[2].painBefore`.
    public var path: String {
        switch step {
        case .none: return base
        case .key(let key): return base.isEmpty ? key : base + "." + key
        case .index(let index): return base + "[" + String(index) + "]"
        }
    }

    public func child(_ key: String, _ value: JSONValue) -> JSONReader {
        JSONReader(value: value, base: path, step: .key(key), log: log)
    }

    public func element(_ index: Int, _ value: JSONValue) -> JSONReader {
        JSONReader(value: value, base: path, step: .index(index), log: log)
    }

    /// The value as an object whose keys must come from `keys`; unknown keys are reported.
    public func object(keys: [String]) -> ObjectReader? {
        guard case .object(let pairs) = value else {
            log.add(path, "expected an object, found \(value.kindName)")
            return nil
        }
        for (key, _) in pairs where !keys.contains(key) {
            let where_ = path.isEmpty ? key : "\(path).\(key)"
            log.add(where_, "unknown key (expected one of \(keys.joined(separator: ", ")))")
        }
        return ObjectReader(pairs: pairs, reader: self)
    }

    /// The value as text of at most `maxLength` characters, trimmed, holding only the characters
    /// `characters` allows (one line unless told otherwise).
    public func string(maxLength: Int = 500, allowEmpty: Bool = false, characters: TextCharacters = .line) -> String? {
        guard case .string(let text) = value else {
            log.add(path, "expected a string, found \(value.kindName)")
            return nil
        }
        if let problem = characters.problem(in: text) {
            log.add(path, problem)
            return nil
        }
        let trimmed = text.trimmingWhitespace()
        if !allowEmpty && trimmed.isEmpty {
            log.add(path, "must not be empty")
            return nil
        }
        // Counted in Unicode scalars, as JSON Schema's `maxLength` counts, so the API's OpenAPI
        // document and the parsers agree on what is too long. A text of at most `maxLength` UTF-8
        // bytes has at most as many scalars, so only longer ones need counting.
        if text.utf8.count > maxLength, text.unicodeScalars.count > maxLength {
            log.add(path, "is \(text.unicodeScalars.count) characters long; at most \(maxLength) are allowed")
            return nil
        }
        return trimmed
    }

    public func int(in range: ClosedRange<Int>) -> Int? {
        guard case .number(let number) = value else {
            log.add(path, "expected a whole number, found \(value.kindName)")
            return nil
        }
        guard number.rounded() == number, abs(number) < 1e12 else {
            log.add(path, "expected a whole number, found \(JSONWriter.format(number))")
            return nil
        }
        let whole = Int(number)
        guard range.contains(whole) else {
            log.add(path, "\(whole) is outside \(range.lowerBound)…\(range.upperBound)")
            return nil
        }
        return whole
    }

    public func number(in range: ClosedRange<Double>) -> Double? {
        guard case .number(let number) = value else {
            log.add(path, "expected a number, found \(value.kindName)")
            return nil
        }
        guard range.contains(number) else {
            log.add(
                path,
                "\(JSONWriter.format(number)) is outside \(JSONWriter.format(range.lowerBound))…\(JSONWriter.format(range.upperBound))"
            )
            return nil
        }
        return number
    }

    public func bool() -> Bool? {
        guard case .bool(let flag) = value else {
            log.add(path, "expected true or false, found \(value.kindName)")
            return nil
        }
        return flag
    }

    public func enumValue<E: RawRepresentable & CaseIterable>(_: E.Type) -> E? where E.RawValue == String {
        guard case .string(let text) = value else {
            log.add(path, "expected a string, found \(value.kindName)")
            return nil
        }
        guard let parsed = E(rawValue: text) else {
            let accepted = E.allCases.map(\.rawValue).joined(separator: ", ")
            log.add(path, "\"\(text)\" is not one of \(accepted)")
            return nil
        }
        return parsed
    }

    public func array(maxCount: Int = 100) -> [JSONReader]? {
        guard case .array(let items) = value else {
            log.add(path, "expected an array, found \(value.kindName)")
            return nil
        }
        guard items.count <= maxCount else {
            log.add(path, "has \(items.count) entries; at most \(maxCount) are allowed")
            return nil
        }
        let here = path
        return items.enumerated().map { JSONReader(value: $0.element, base: here, step: .index($0.offset), log: log) }
    }

    /// An array of enum values; duplicates are dropped, keeping first occurrences.
    public func enumArray<E: RawRepresentable & CaseIterable & Hashable>(_ type: E.Type) -> [E]?
    where E.RawValue == String {
        guard let items = array() else { return nil }
        var result: [E] = []
        var failed = false
        for item in items {
            if let parsed = item.enumValue(type) {
                if !result.contains(parsed) { result.append(parsed) }
            } else {
                failed = true
            }
        }
        return failed ? nil : result
    }
}

/// Reads the fields of one JSON object. A field that is absent or `null` counts as "not given".
public struct ObjectReader {
    public let pairs: [(String, JSONValue)]
    public let reader: JSONReader
    /// Joined once per object rather than once per field read.
    public let path: String

    public init(pairs: [(String, JSONValue)], reader: JSONReader) {
        self.pairs = pairs
        self.reader = reader
        self.path = reader.path
    }

    public var log: IssueLog { reader.log }

    /// The field, or nil when it is absent or null; logs "is required" when `required` is set.
    public func field(_ key: String, required: Bool = false) -> JSONReader? {
        let value = pairs.first { $0.0 == key }?.1
        guard let value, value != .null else {
            if required { log.add(reader.child(key, .null).path, "is required") }
            return nil
        }
        return JSONReader(value: value, base: path, step: .key(key), log: log)
    }

    public func string(_ key: String, required: Bool = false, maxLength: Int = 500) -> String? {
        field(key, required: required)?.string(maxLength: maxLength)
    }

    public func int(_ key: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        field(key, required: required)?.int(in: range)
    }

    public func number(_ key: String, in range: ClosedRange<Double>, required: Bool = false) -> Double? {
        field(key, required: required)?.number(in: range)
    }

    public func bool(_ key: String, required: Bool = false) -> Bool? {
        field(key, required: required)?.bool()
    }

    public func enumValue<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = false)
        -> E?
    where E.RawValue == String {
        field(key, required: required)?.enumValue(type)
    }

    public func enumArray<E: RawRepresentable & CaseIterable & Hashable>(
        _ key: String, _ type: E.Type, required: Bool = false
    )
        -> [E]? where E.RawValue == String
    {
        field(key, required: required)?.enumArray(type)
    }

    public func object(_ key: String, keys: [String], required: Bool = false) -> ObjectReader? {
        field(key, required: required)?.object(keys: keys)
    }
}

extension String {
    public func trimmingWhitespace() -> String {
        // Most text starts and ends with a visible ASCII character: nothing to trim, and walking
        // the grapheme clusters below is what made reading text slow.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
