import Foundation
import Hummingbird

extension Request {
    /// The value of `name` in the query string as an HTML form sends it: `+` is a space and `%2B`
    /// a plus (application/x-www-form-urlencoded). Hummingbird's `queryParameters` decode only the
    /// percent escapes, so a search for "Dana+Brooks" looked for a plus and found no one. Nil
    /// when the query has no such name.
    func formValue(_ name: String) -> String? {
        guard let query = uri.query else { return nil }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard Self.formDecoded(parts[0]) == name else { continue }
            return parts.count > 1 ? Self.formDecoded(parts[1]) : ""
        }
        return nil
    }

    /// `+` as a space, then the percent escapes; text with a broken escape is kept as sent.
    private static func formDecoded(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
