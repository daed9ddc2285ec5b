extension SignInPage {
    @NodeBuilder func content(csrf: String) -> [Node] {
        Node.h1 { "Sign in" }
        PageNotice.shown(notice)
        errors.summary
        Node.form(.method("post"), .action("/signin"), .class("stack"), .novalidate()) {
            Node.csrf(csrf)
            Node.input(.type("hidden"), .name("next"), .value(next))
            Node.div(.class("field")) {
                Node.label(.for("email")) { "E-mail address" }
                Node.input(
                    [
                        .id("email"), .name("email"), .type("email"), .autocomplete("email"), .required(),
                        .value(email),
                    ] + errors.aria("email"))
                errors.error("email")
            }
            Node.div(.class("field")) {
                Node.label(.for("password")) { "Password" }
                Node.input(
                    [
                        .id("password"), .name("password"), .type("password"),
                        .autocomplete("current-password"), .required(),
                    ] + errors.aria("password"))
                errors.error("password")
            }
            Node.button(.type("submit"), .class("primary")) { "Sign in" }
        }
        Node.p {
            "New here? "
            Node.a(.href("/signup")) { "Create an account" }
            " — as a trainer, or "
            Node.a(.href("/signup?myself=1")) { "to train yourself" }
            "."
        }
    }
}
