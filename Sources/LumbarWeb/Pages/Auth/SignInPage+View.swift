extension SignInPage {
    @NodeBuilder func content(csrf: String) -> [Node] {
        Node.h1 { "Sign in" }
        PageNotice.shown(notice)
        errors.summary
        Node.form(.method("post"), .action("/signin"), .class("stack"), .novalidate()) {
            Node.csrf(csrf)
            Node.input(.type("hidden"), .name("next"), .value(next))
            Node.field("E-mail address", for: "email", errors: errors) { aria in
                .input(
                    [.id("email"), .name("email"), .type("email"), .autocomplete("email"), .required(), .value(email)]
                        + aria)
            }
            Node.field("Password", for: "password", errors: errors) { aria in
                .input(
                    [
                        .id("password"), .name("password"), .type("password"), .autocomplete("current-password"),
                        .required(),
                    ] + aria)
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
