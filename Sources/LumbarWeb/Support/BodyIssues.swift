import LumbarCore
import LumbarJSON

/// The problems found in one request body, in the order found.
final class BodyIssues {
    private(set) var issues: [ValidationIssue] = []

    func add(_ path: String, _ message: String) { issues.append(ValidationIssue(path: path, message: message)) }

    /// Throws 422 listing every problem, when there is one.
    func check() throws(APIError) {
        guard issues.isEmpty else { throw APIError.validation(ValidationFailure(issues)) }
    }
}
