extension SignUpPage {
    @NodeBuilder func content(csrf: String) -> [Node] {
        Node.h1 { "Create an account" }
        errors.summary
        Node.form(.method("post"), .action("/signup"), .class("stack"), .novalidate()) {
            Node.csrf(csrf)
            Node.field("Your name", for: "name", errors: errors) { aria in
                .input(
                    [.id("name"), .name("name"), .autocomplete("name"), .required(), .maxlength(200), .value(name)]
                        + aria)
            }
            Node.field("E-mail address", for: "email", errors: errors) { aria in
                .input(
                    [.id("email"), .name("email"), .type("email"), .autocomplete("email"), .required(), .value(email)]
                        + aria)
            }
            Node.field("Password", for: "password", errors: errors, hint: ("password-hint", "At least 10 characters."))
            { aria in
                .input(
                    [
                        .id("password"), .name("password"), .type("password"), .autocomplete("new-password"),
                        .required(), .minlength(10),
                    ] + aria)
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
