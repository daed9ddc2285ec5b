import Foundation
import Hummingbird

/// The `?q=` search text of the list routes: form-decoded (`+` is a space), trimmed, nil when
/// blank, 400 when too long.
enum SearchText {
    /// Counted in Unicode scalars, as JSON Schema's `maxLength` (and so the OpenAPI document) counts.
    static let maxLength = 200

    static func read(_ request: Request) throws(APIError) -> String? {
        guard let raw = request.formValue("q") else { return nil }
        guard raw.unicodeScalars.count <= maxLength else {
            throw APIError.badQuery("q", "is longer than \(maxLength) characters")
        }
        let text = raw.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }
}
