import Foundation
import LumbarCore
import LumbarStore
import Testing

@testable import LumbarWeb

/// The assessment wizard's markup: each problem beside its field and tied to it by
/// `aria-describedby`, step 1's answers carried into step 2, and everything typed shown again,
/// escaped.
@Suite struct AssessmentPageTests {
    static let client = ClientRecord(
        id: UUID(), trainerID: UUID(), name: #"Dana "D" <x>"#, age: 46, notes: nil, status: .needsAssessment,
        createdAt: Date(), updatedAt: Date())

    static func html(_ page: AssessmentPage) -> String {
        Node.fragment(page.content(csrf: "tok")).html
    }

    @Test func stepOneTiesEachUnansweredQuestionToItsMessage() {
        var form = AssessmentForm(FormBody(fields: ["flag.nightPain": ["yes"], "pain.now": ["4"]]))
        form.checkScreening()
        let html = Self.html(
            AssessmentPage(form, client: Self.client, step: .screening, defaults: ["client.age": "46"]))
        let id = Self.client.id.wire
        #expect(html.hasPrefix(#"<p class="muted"><a href="/clients/\#(id)">Dana &quot;D&quot; &lt;x&gt;</a>"#))
        #expect(html.contains(" › Assessment › Step 1 of 2</p>"))
        #expect(html.contains(#"<div class="error-summary" role="alert" tabindex="-1" id="error-summary">"#))
        #expect(html.contains(#"<form method="post" action="/clients/\#(id)/assess/screening" novalidate>"#))
        #expect(html.contains(#"<input type="hidden" name="_csrf" value="tok">"#))
        #expect(
            html.contains(
                #"<div class="question" role="radiogroup" aria-labelledby="flag-saddleNumbness-q" "#
                    + #"aria-describedby="flag-saddleNumbness-error">"#))
        #expect(html.contains(#"<p class="field-error" id="flag-saddleNumbness-error">answer yes or no</p>"#))
        #expect(html.contains(#"<div class="question" role="radiogroup" aria-labelledby="flag-nightPain-q">"#))
        #expect(html.contains(#"<input type="radio" name="flag.nightPain" value="yes" checked> Yes"#))
        #expect(html.contains(#"<input type="radio" name="flag.nightPain" value="no" required> No"#))
        // The below-knee question ties its message to its group like the red flags.
        #expect(
            html.contains(
                #"<div class="question" role="radiogroup" aria-labelledby="below-knee-q" "#
                    + #"aria-describedby="below-knee-error">"#))
        #expect(html.contains(#"<p class="field-error" id="below-knee-error">answer yes or no</p>"#))
        #expect(html.contains(#"<output class="slider-value" for="pain-now" data-for="pain-now">4</output>"#))
        #expect(
            html.contains(
                #"<input id="pain-now" name="pain.now" type="range" min="0" max="10" step="1" value="4" required>"#))
        #expect(
            html.contains(
                #"<input id="age" name="client.age" type="number" inputmode="numeric" min="1" max="120" value="46">"#))
        #expect(
            html.hasSuffix(
                #"<button type="submit" class="primary">Continue</button>"#
                    + #"<a href="/clients/\#(id)">Cancel</a></div></form>"#))
    }

    @Test func stepTwoCarriesStepOneAndKeepsWhatWasTyped() {
        var fields: [String: [String]] = [
            "client.age": ["46"], "pain.now": ["4"], "pain.belowKnee": ["no"], "posture": ["flatBack"],
            "tests.thomas.left": ["tight"], "tests.sidePlankSeconds.left": ["forever"],
        ]
        for flag in RedFlag.allCases { fields["flag.\(flag.rawValue)"] = ["no"] }
        var form = AssessmentForm(FormBody(fields: fields))
        form.checkScreening()
        _ = form.document(clientName: "Dana", detailed: true)
        let html = Self.html(AssessmentPage(form, client: Self.client, step: .details(cautions: ["Start <gently>"])))
        #expect(html.contains(" › Assessment › Step 2 of 2</p>"))
        #expect(html.contains(#"never as normal.</p><ul><li>Start &lt;gently&gt;</li></ul></div>"#))
        #expect(
            html.contains(
                #"<input type="hidden" name="_csrf" value="tok"><input type="hidden" name="client.age" value="46">"#
                    + #"<input type="hidden" name="pain.now" value="4"><input type="hidden" name="pain.belowKnee" "#
                    + #"value="no"><input type="hidden" name="flag.saddleNumbness" value="no">"#))
        // The worst pain is not asked until it is asked: never a silent copy of pain now (issue 14).
        #expect(
            html.contains(
                #"<select id="worst-week" name="pain.worstWeek"><option value="" selected>Not asked</option>"#))
        #expect(!html.contains(#"<option value="4" selected>"#))
        #expect(
            html.contains(
                #"<input id="sitting" name="lifestyle.sittingHours" type="number" inputmode="decimal" min="0" "#
                    + #"max="24" step="0.5" value="">"#))
        #expect(
            html.contains(
                #"value="flatBack" aria-describedby="posture-flatBack-hint" checked><label for="posture-flatBack">"#
                    + #"<strong>Flat back</strong><br><span class="hint" id="posture-flatBack-hint">"#))
        #expect(
            html.contains(
                #"<select id="tests-thomas-left" name="tests.thomas.left"><option value="">Not tested</option>"#
                    + #"<option value="tight" selected>Tight</option><option value="normal">Normal</option></select>"#))
        #expect(
            html.contains(
                #"<input id="plank-left" name="tests.sidePlankSeconds.left" type="number" inputmode="decimal" "#
                    + #"min="0" max="600" value="forever" aria-invalid="true" aria-describedby="plank-left-error">"#
                    + #"<p class="field-error" id="plank-left-error">enter a number from 0 to 600</p>"#))
        #expect(
            html.contains(
                #"<input id="days" name="preferences.daysPerWeek" type="number" inputmode="numeric" min="1" max="7" "#
                    + #"value="">"#))
    }

    @Test func stepTwoShownAgainLeavesOutTheEmptyCautionList() {
        let form = AssessmentForm(FormBody(fields: ["pain.now": ["4"]]))
        let html = Self.html(AssessmentPage(form, client: Self.client, step: .details(cautions: [])))
        #expect(html.contains(#"never as normal.</p></div>"#))
        #expect(!html.contains("error-summary"))
    }

    @Test func anEmergencyStopOffersNoClearance() {
        let stop = AssessmentStopPage(
            client: AssessmentPage.Client(Self.client), emergency: true, reasons: ["Saddle <numbness>"],
            advice: "Go now")
        let html = Node.fragment(stop.content(csrf: "tok")).html
        let id = Self.client.id.wire
        #expect(stop.title == "Seek medical care today")
        #expect(
            html.hasPrefix(
                #"<p class="muted"><a href="/clients/\#(id)">Dana &quot;D&quot; &lt;x&gt;</a> › Assessment</p>"#))
        #expect(html.contains(#"<div class="notice stop" role="alert"><h1>Seek medical care today</h1>"#))
        #expect(html.contains(#"<p class="lead">Dana &quot;D&quot; &lt;x&gt;&#39;s answers include signs that need"#))
        #expect(
            html.hasSuffix(
                #"<h2>Why</h2><ul><li>Saddle &lt;numbness&gt;</li></ul><p>Go now</p>"#
                    + #"<p><a class="button" href="/clients/\#(id)">Back to Dana &quot;D&quot; &lt;x&gt;</a></p>"#))
        #expect(!html.contains("clearance"))
    }

    @Test func aReferralStopOffersTheClearanceForm() {
        let stop = AssessmentStopPage(
            client: AssessmentPage.Client(Self.client), emergency: false, reasons: ["Cancer history"],
            advice: "Refer")
        let html = Node.fragment(stop.content(csrf: "tok")).html
        let id = Self.client.id.wire
        #expect(stop.title == "Refer before training")
        #expect(
            html.contains(
                #"<div class="notice warn" role="alert"><h1>See a doctor or physiotherapist before training</h1>"#))
        #expect(
            html.contains(
                #"<p>Refer</p><section class="card" aria-labelledby="clearance-h">"#
                    + #"<h2 id="clearance-h">Record a medical clearance later</h2>"#))
        #expect(
            html.contains(
                #"<form method="post" action="/clients/\#(id)/clearance" class="stack">"#
                    + #"<input type="hidden" name="_csrf" value="tok"><div class="field"><label for="note">"#
                    + #"Who cleared them, when, and any limits they set</label>"#
                    + #"<textarea id="note" name="note" rows="3" maxlength="2000" required></textarea></div>"#
                    + #"<button type="submit">Record clearance</button></form></section>"#))
    }
}
