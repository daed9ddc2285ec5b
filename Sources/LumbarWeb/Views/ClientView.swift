import Foundation
import LumbarCore
import LumbarStore

/// A client as the templates show them.
enum ClientView {
    static func summary(_ client: ClientRecord) -> [String: Any] {
        [
            "id": client.id.wire, "name": client.name, "age": TemplateValue.text(client.age.map(String.init)),
            "status": client.status.rawValue, "statusLabel": statusLabel(client.status),
            "notes": TemplateValue.text(client.notes),
        ]
    }

    static func statusLabel(_ status: ClientStatus) -> String {
        switch status {
        case .needsAssessment: return "Needs assessment"
        case .emergency: return "Emergency: seek care"
        case .referred: return "Referred: awaiting clearance"
        case .active: return "Active"
        case .maintenance: return "Maintenance"
        case .archived: return "Archived"
        }
    }
}
