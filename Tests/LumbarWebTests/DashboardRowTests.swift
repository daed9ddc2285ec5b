import LumbarCore
import Testing

@testable import LumbarWeb

/// The dashboard's rows: every cell labelled for the phone layout, every value escaped.
@Suite struct DashboardRowTests {
    static let plain = DashboardRow(
        id: "6f1c", name: "Ada Active", badge: "active", badgeLabel: "Active", alertText: nil, lastPain: "2/10",
        trend: nil, adherence: "1 of 3", lastSession: "2026-11-19", action: "Follow the sessions",
        actionLink: "/clients/6f1c", hasAlert: false, rank: 3)

    @Test func aRowIsLabelledForThePhoneLayout() {
        #expect(
            Self.plain.node.html
                == #"<tr role="row" data-client="6f1c"><th scope="row" role="rowheader"><a href="/clients/6f1c">Ada Active</a></th>"#
                + #"<td role="cell" data-label="Status"><span class="badge active">Active</span></td>"#
                + #"<td role="cell" data-label="Last pain" class="last-pain">2/10</td>"#
                + #"<td role="cell" data-label="Trend" class="trend-cell">—</td>"#
                + #"<td role="cell" data-label="Last 7 days" class="adherence">1 of 3</td>"#
                + #"<td role="cell" data-label="Last session" class="last-session hide-small">2026-11-19</td>"#
                + #"<td role="cell" data-label="Next"><a href="/clients/6f1c">Follow the sessions</a></td></tr>"#)
    }

    @Test func everyValueIsEscapedAndTheAlertIsTheTitle() {
        var row = Self.plain
        row.name = #"<script>alert("x")</script> & O'Neil"#
        row.badge = "alert"
        row.badgeLabel = "Alert"
        row.alertText = #"Pain of 8/10 or more ("9/10 during Dead bug & <twist>")."#
        row.trend = .rising
        row.actionLink = "/clients/6f1c#alerts"
        row.action = "Review the alert"
        let html = row.node.html
        #expect(
            html.contains(
                #"<a href="/clients/6f1c">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; O&#39;Neil</a>"#))
        #expect(
            html.contains(
                #"<span class="badge alert" title="Pain of 8/10 or more (&quot;9/10 during Dead bug &amp; &lt;twist&gt;&quot;).">Alert</span>"#
            ))
        #expect(
            html.contains(
                #"class="trend-cell"><span class="trend up" aria-hidden="true">↑</span> <span>rising</span></td>"#))
        #expect(html.contains(#"data-label="Next"><a href="/clients/6f1c#alerts">Review the alert</a></td>"#))
        #expect(!html.contains("<script>"))
    }

    @Test func trendsHaveTheirArrows() {
        #expect(DashboardRow.arrow(.falling) == ("↓", "down"))
        #expect(DashboardRow.arrow(.steady) == ("→", "steady"))
        #expect(DashboardRow.arrow(.rising) == ("↑", "up"))
    }
}
