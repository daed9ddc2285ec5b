extension PasswordResetPage {
    @NodeBuilder func content(csrf: String) -> [Node] {
        Node.h1 { "Set a new password" }
        Node.p {
            "For \(email). Setting it signs this account out everywhere, so only you can use it from now on."
        }
        errors.summary
        Node.form(.method("post"), .action("/reset-password/\(token)"), .class("stack"), .novalidate()) {
            Node.csrf(csrf)
            Node.div(.class("field")) {
                Node.label(.for("password")) { "New password (at least 10 characters)" }
                Node.input(
                    [
                        .id("password"), .name("password"), .type("password"), .autocomplete("new-password"),
                        .minlength(10), .required(),
                    ] + errors.aria("password"))
                errors.error("password")
            }
            Node.div(.class("field")) {
                Node.label(.for("repeat")) { "The same password again" }
                Node.input(
                    [.id("repeat"), .name("repeat"), .type("password"), .autocomplete("new-password"), .required()]
                        + errors.aria("repeat"))
                errors.error("repeat")
            }
            Node.button(.type("submit"), .class("primary"), .id("set-password")) { "Set the new password" }
        }
    }
}
