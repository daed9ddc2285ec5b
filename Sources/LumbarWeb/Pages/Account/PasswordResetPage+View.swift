extension PasswordResetPage {
    @NodeBuilder func content(csrf: String) -> [Node] {
        Node.h1 { "Set a new password" }
        Node.p {
            "For \(email). Setting it signs this account out everywhere, so only you can use it from now on."
        }
        errors.summary
        Node.form(.method("post"), .action("/reset-password/\(token)"), .class("stack"), .novalidate()) {
            Node.csrf(csrf)
            Node.field("New password (at least 10 characters)", for: "password", errors: errors) { aria in
                .input(
                    [
                        .id("password"), .name("password"), .type("password"), .autocomplete("new-password"),
                        .minlength(10), .required(),
                    ] + aria)
            }
            Node.field("The same password again", for: "repeat", errors: errors) { aria in
                .input(
                    [.id("repeat"), .name("repeat"), .type("password"), .autocomplete("new-password"), .required()]
                        + aria)
            }
            Node.button(.type("submit"), .class("primary"), .id("set-password")) { "Set the new password" }
        }
    }
}
