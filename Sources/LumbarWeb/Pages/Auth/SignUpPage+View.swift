extension SignUpPage {
    @NodeBuilder func content(csrf: String) -> [Node] {
        Node.h1 { "Create an account" }
        errors.summary
        Node.form(.method("post"), .action("/signup"), .class("stack"), .novalidate()) {
            Node.csrf(csrf)
            Node.div(.class("field")) {
                Node.label(.for("name")) { "Your name" }
                Node.input(
                    [.id("name"), .name("name"), .autocomplete("name"), .required(), .maxlength(200), .value(name)]
                        + errors.aria("name"))
                errors.error("name")
            }
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
                        .id("password"), .name("password"), .type("password"), .autocomplete("new-password"),
                        .required(), .minlength(10),
                    ] + errors.aria("password", hint: "password-hint"))
                Node.p(.class("hint"), .id("password-hint")) { "At least 10 characters." }
                errors.error("password")
            }
            Node.div(.class("field check")) {
                Node.input(.id("myself"), .name("myself"), .type("checkbox"), .value("1"), .checked(myself))
                Node.label(.for("myself")) {
                    "I am training myself (no trainer): set me up as my own client"
                }
            }
            Node.button(.type("submit"), .class("primary")) { "Create account" }
        }
        Node.p {
            "Already have an account? "
            Node.a(.href("/signin")) { "Sign in" }
            "."
        }
    }
}
