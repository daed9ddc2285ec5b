import LumbarApp
import LumbarCore
import LumbarStore

/// What the page shows when screening stops the assessment: whether it is an emergency or a
/// referral, why, and what to do next. A referral can later be cleared; an emergency never.
struct AssessmentStopPage {
    let client: AssessmentPage.Client
    let emergency: Bool
    let reasons: [String]
    let advice: String

    var title: String { emergency ? "Seek medical care today" : "Refer before training" }
}

extension AssessmentStopPage {
    /// The stop the recorded assessment came to. (In an extension, so the memberwise initializer
    /// stays for the tests.)
    init(_ outcome: AssessmentOutcome, client: ClientRecord) {
        self.init(
            client: AssessmentPage.Client(client), emergency: outcome.program.decision == .emergency,
            reasons: outcome.program.reasons, advice: outcome.screening.advice)
    }
}
