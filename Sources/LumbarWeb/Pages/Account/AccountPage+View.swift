extension AccountPage {
    @NodeBuilder func content(csrf: String) -> [Node] {
        Node.h1 { "Your account" }
        Node.section(.class("card"), .aria("labelledby", "details-h")) {
            Node.h2(.id("details-h")) { "Details" }
            Node.p {
                if !name.isEmpty {
                    Node.strong { name }
                    ", "
                }
                "\(email). With Lumbar since \(since)."
            }
            Node.p {
                "To hand a client everything held about them, open the client and choose "
                Node.strong { "Download all data" }
                "."
            }
        }
        Node.section(.class("card"), .id("erase-account"), .aria("labelledby", "erase-h")) {
            Node.h2(.id("erase-h")) { "Erase your account" }
            errors.summary
            Node.div(.class("notice stop")) {
                Node.p {
                    "This deletes your account and every client in it, with all their assessments, programs, "
                        + "sessions and share links. It cannot be undone. Download what you want to keep first."
                }
            }
            Node.form(.method("post"), .action("/account/erase"), .class("stack"), .novalidate()) {
                Node.csrf(csrf)
                Node.field("Your password, to confirm", for: "password", errors: errors) { aria in
                    .input(
                        [
                            .id("password"), .name("password"), .type("password"), .autocomplete("current-password"),
                            .required(),
                        ] + aria)
                }
                Node.button(.type("submit"), .class("danger"), .id("erase-account-button")) {
                    "Erase my account and all its clients"
                }
            }
        }
    }
}
