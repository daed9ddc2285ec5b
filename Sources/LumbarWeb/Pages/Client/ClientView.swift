import Foundation
import LumbarCore
import LumbarStore

/// A client's status in words, as every page shows it.
enum ClientView {
    /// The badge's class (the status, or "alert") and its words.
    static func badge(_ badge: ClientBadge) -> (className: String, label: String) {
        switch badge {
        case .alert: return ("alert", "Alert")
        case .status(let status): return (status.rawValue, statusLabel(status))
        }
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
