/// One problem with an input document, tied to the JSON path of the offending field
/// (`pain.now: 11 is outside 0…10`).
public struct ValidationIssue: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path.isEmpty ? "(document)" : path): \(message)" }
}

/// An input document was rejected; `issues` lists every problem found, in document order.
public struct ValidationFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public let issues: [ValidationIssue]

    public init(_ issues: [ValidationIssue]) { self.issues = issues }

    public init(path: String, message: String) { self.issues = [ValidationIssue(path: path, message: message)] }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
