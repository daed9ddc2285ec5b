import LumbarCore
import Testing

/// Where a client stands: the status rules, and the one badge rule the dashboard and the client's
/// page share (issue 14, bug 6: "Alert" on one, "Active" on the other).
@Suite struct ClientStatusTests {
    @Test func screeningAndStageSetTheStatus() {
        #expect(ClientStatus.after(.proceed) == .active)
        #expect(ClientStatus.after(.refer) == .referred)
        #expect(ClientStatus.after(.emergency) == .emergency)
        #expect(ClientStatus.following(.maintenance) == .maintenance)
        #expect(ClientStatus.following(.corrective) == .active)
        #expect(!ClientStatus.referred.mayFollowProgram && !ClientStatus.emergency.mayFollowProgram)
    }

    @Test func anAlertShowsUnlessTrainingIsAlreadyStopped() {
        let alerts = ["Pain has risen week on week."]
        for status in ClientStatus.allCases {
            let shown = ClientBadge(status, alerts: alerts)
            #expect(shown == (status.mayFollowProgram ? .alert : .status(status)), "\(status)")
            #expect(ClientBadge(status, alerts: []) == .status(status), "\(status) without alerts")
        }
    }
}
