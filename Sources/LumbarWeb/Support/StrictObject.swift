import Foundation
import LumbarCore
import LumbarJSON

/// One JSON object of a small request body (`{email, password, name}`, program edits) with the
/// keys it may have, read the way LumbarCore reads its documents: unknown keys and wrong types
/// are reported with their JSON path, every problem is collected, and the first names the field.
struct StrictObject {
    /// Whether a key was left out, sent as null, or given.
    enum Field {
        case absent, null, value(JSONValue)
    }

    let pairs: [(String, JSONValue)]
    let path: String
    let issues: BodyIssues

    /// Nil (with an issue logged) when `value` is not an object; unknown keys are logged.
    init?(_ value: JSONValue, path: String = "", keys: [String], issues: BodyIssues) {
        guard case .object(let pairs) = value else {
            issues.add(path, "expected an object, found \(value.kindName)")
            return nil
        }
        self.pairs = pairs
        self.path = path
        self.issues = issues
        for (key, _) in pairs where !keys.contains(key) {
            issues.add(child(key), "unknown key (expected one of \(keys.joined(separator: ", ")))")
        }
    }

    func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func field(_ key: String) -> Field {
        guard let value = pairs.first(where: { $0.0 == key })?.1 else { return .absent }
        return value == .null ? .null : .value(value)
    }

    /// The value under `key`, or nil when absent or null ("is required" logged when `required`).
    func value(_ key: String, required: Bool) -> JSONValue? {
        if case .value(let value) = field(key) { return value }
        if required { issues.add(child(key), "is required") }
        return nil
    }

    /// A string trimmed of surrounding whitespace, 1…`maxLength` characters, holding only what
    /// `characters` allows (one line unless told otherwise).
    func string(
        _ key: String, required: Bool = false, maxLength: Int, allowEmpty: Bool = false,
        characters: TextCharacters = .line
    ) -> String? {
        guard let value = value(key, required: required) else { return nil }
        return checkString(value, at: child(key), maxLength: maxLength, allowEmpty: allowEmpty, characters: characters)
    }

    func checkString(
        _ value: JSONValue, at path: String, maxLength: Int, allowEmpty: Bool = false,
        characters: TextCharacters = .line
    ) -> String? {
        guard case .string(let text) = value else {
            issues.add(path, "expected a string, found \(value.kindName)")
            return nil
        }
        if let problem = characters.problem(in: text) {
            issues.add(path, problem)
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !allowEmpty && trimmed.isEmpty {
            issues.add(path, "must not be empty")
            return nil
        }
        // Counted in Unicode scalars, as JSON Schema's `maxLength` (and so the OpenAPI document) counts.
        if text.unicodeScalars.count > maxLength {
            issues.add(path, "is \(text.unicodeScalars.count) characters long; at most \(maxLength) are allowed")
            return nil
        }
        return trimmed
    }

    /// A whole number inside `range`.
    func int(_ key: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let value = value(key, required: required) else { return nil }
        return checkInt(value, at: child(key), in: range)
    }

    func checkInt(_ value: JSONValue, at path: String, in range: ClosedRange<Int>) -> Int? {
        guard case .number(let number) = value, number.rounded() == number, abs(number) < 1e12 else {
            issues.add(path, "expected a whole number, found \(value.kindName)")
            return nil
        }
        let whole = Int(number)
        guard range.contains(whole) else {
            issues.add(path, "\(whole) is outside \(range.lowerBound)…\(range.upperBound)")
            return nil
        }
        return whole
    }

    /// A nested object with its own allowed keys.
    func object(_ key: String, keys: [String], required: Bool = false) -> StrictObject? {
        guard let value = value(key, required: required) else { return nil }
        return StrictObject(value, path: child(key), keys: keys, issues: issues)
    }
}
