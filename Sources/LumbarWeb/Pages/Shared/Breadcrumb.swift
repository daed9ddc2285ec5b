extension Node {
    /// The trail above a page's heading ("Clients › Ada › Correct a session"): each step a link but
    /// the last, which is where the trainer is.
    static func breadcrumb(_ steps: [(label: String, href: String)], here: String) -> Node {
        .p(.class("muted")) {
            for step in steps {
                Node.a(.href(step.href)) { step.label }
                " › "
            }
            here
        }
    }
}
