/// Where a client stands, as the dashboard and the client page show it. The rules that move a
/// client from one status to the next live here, so the API, the pages, the demo and the seeder
/// agree.
public enum ClientStatus: String, Sendable, CaseIterable {
    case needsAssessment, emergency, referred, active, maintenance, archived

    /// The status an assessment's screening decision leaves the client in.
    public static func after(_ decision: Decision) -> ClientStatus {
        switch decision {
        case .proceed: return .active
        case .refer: return .referred
        case .emergency: return .emergency
        }
    }

    /// The status a program's stage puts a client in who follows it.
    public static func following(_ stage: Stage) -> ClientStatus {
        stage == .maintenance ? .maintenance : .active
    }

    /// Whether a client in this status may follow a program: not while a referral is uncleared,
    /// and never after an emergency.
    public var mayFollowProgram: Bool { self != .referred && self != .emergency }
}

/// What a client's badge shows, on the dashboard and on the client's page alike: the stored
/// status, or an alert when the recent log raised one and nothing stops training already (an
/// emergency or an uncleared referral says more than any alert).
public enum ClientBadge: Equatable, Sendable {
    case status(ClientStatus)
    case alert

    public init(_ status: ClientStatus, alerts: [String]) {
        self = !alerts.isEmpty && status.mayFollowProgram ? .alert : .status(status)
    }
}
