/// How the stop page shows its model: the stop as an alert (the page's heading), the reasons and
/// advice, and for a referral the form that records a medical clearance.
extension AssessmentStopPage {
    @NodeBuilder func content(csrf: String) -> [Node] {
        AssessmentPage.trail(client, step: nil)
        if emergency {
            Node.div(.class("notice stop"), .role("alert")) {
                Node.h1 { "Seek medical care today" }
                Node.p(.class("lead")) {
                    "\(client.name)'s answers include signs that need a doctor urgently: go to an emergency department "
                        + "or call emergency services now. Do not start any exercise."
                }
            }
        } else {
            Node.div(.class("notice warn"), .role("alert")) {
                Node.h1 { "See a doctor or physiotherapist before training" }
                Node.p(.class("lead")) {
                    "\(client.name)'s answers include signs a medical professional should check first. Lumbar builds "
                        + "no program until a clearance is recorded."
                }
            }
        }
        Node.h2 { "Why" }
        Node.ul {
            for reason in reasons { Node.li { reason } }
        }
        Node.p { advice }
        if !emergency { clearance(csrf: csrf) }
        Node.p {
            Node.a(.class("button"), .href("/clients/\(client.id)")) { "Back to \(client.name)" }
        }
    }

    private func clearance(csrf: String) -> Node {
        .section(.class("card"), .aria("labelledby", "clearance-h")) {
            Node.h2(.id("clearance-h")) { "Record a medical clearance later" }
            Node.p {
                "When a doctor or physiotherapist has seen \(client.name) and cleared them to exercise, note who "
                    + "cleared them and when. The program is then built with these findings kept as cautions."
            }
            Node.form(.method("post"), .action("/clients/\(client.id)/clearance"), .class("stack")) {
                Node.csrf(csrf)
                Node.div(.class("field")) {
                    Node.label(.for("note")) { "Who cleared them, when, and any limits they set" }
                    Node.textarea(
                        .id("note"), .name("note"), .rows(3), .maxlength(ClearanceBody.noteLength), .required())
                }
                Node.button(.type("submit")) { "Record clearance" }
            }
        }
    }
}
