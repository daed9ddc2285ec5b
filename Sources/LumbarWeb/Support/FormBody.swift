import Foundation
import Hummingbird
import LumbarJSON

/// An `application/x-www-form-urlencoded` body, read only after its CSRF token matched.
struct FormBody: Sendable {
    /// Every value of every field, in the order sent (checkbox groups repeat a name).
    let fields: [String: [String]]

    init(fields: [String: [String]]) {
        self.fields = fields
    }

    /// Reads the form and refuses it (403) unless it echoes the request's CSRF cookie.
    static func read(_ request: Request, limit: Int) async throws -> FormBody {
        let buffer = try await request.body.collect(upTo: limit)
        let form = FormBody.parse(String(buffer: buffer))
        guard BrowserSession.csrfMatches(request, echoed: form.first(BrowserSession.csrfField)) else {
            throw APIError(
                .forbidden, code: "csrf",
                message:
                    "This form has expired or did not come from Lumbar. Go back, reload the page and send it again.")
        }
        return form
    }

    static func parse(_ text: String) -> FormBody {
        var fields: [String: [String]] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0])
            fields[name, default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return FormBody(fields: fields)
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The first value of a field, trimmed; nil when it is missing or blank.
    /// A number field's text as the JSON a script would send: a whole number when it is one, else
    /// the text itself, so the API's reader refuses it with the field's name and the reason.
    static func number(_ text: String) -> JSONValue { Int(text).map { .int($0) } ?? .string(text) }

    func first(_ name: String) -> String? {
        guard let value = fields[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// Every non-blank value of a field.
    func all(_ name: String) -> [String] {
        (fields[name] ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Whether a checkbox was ticked.
    func checked(_ name: String) -> Bool { fields[name] != nil }
}
