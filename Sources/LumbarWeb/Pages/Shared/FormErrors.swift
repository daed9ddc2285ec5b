import Foundation
import LumbarCore

/// A form's values and the problems found in them, keyed by field, so a page re-renders with
/// everything the person typed and a message beside each field at fault.
struct FormErrors {
    private(set) var messages: [String: String] = [:]
    /// The fields with a problem, in the order found (the form's order, as the body is read).
    private(set) var order: [String] = []
    /// Problems that belong to no single field.
    private(set) var general: [String] = []
    /// Field names as the person sees them, for the summary at the top of the form.
    var labels: [String: String] = [:]
    /// The element id of each field's control where it is not the field's name: the summary links
    /// each problem to it. A field with no known control is listed without a link.
    var ids: [String: String] = [:]

    init() {}

    /// The issues of a refused request; `rename` maps a JSON path to the form's field name.
    init(_ error: APIError, rename: (String) -> String = { $0 }) {
        if error.issues.isEmpty {
            if let field = error.field { add(rename(field), error.message) } else { general.append(error.message) }
        }
        for issue in error.issues {
            if issue.path.isEmpty { general.append(issue.message) } else { add(rename(issue.path), issue.message) }
        }
    }

    mutating func add(_ field: String, _ message: String) {
        // The first problem with a field is the one to fix first.
        if messages[field] == nil {
            messages[field] = message
            order.append(field)
        }
    }

    var isEmpty: Bool { messages.isEmpty && general.isEmpty }

    /// The message for a field, if it has one.
    func message(_ field: String) -> String? { messages[field] }

    /// Every problem, for the summary: those of no field first, then each field's in the form's
    /// order, labelled, with the id of its control to link to when known.
    var summaryLines: [(text: String, target: String?)] {
        general.map { ($0, nil) }
            + order.map { field in ("\(labels[field] ?? field): \(messages[field] ?? "")", ids[field]) }
    }
}
