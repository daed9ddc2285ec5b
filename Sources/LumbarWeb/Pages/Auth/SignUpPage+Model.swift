/// The sign-up form: what the person typed (never the password), whether they train themselves,
/// and the problems found.
struct SignUpPage {
    var name = ""
    var email = ""
    /// "I am training myself": they become their own first client.
    var myself = false
    var errors = FormErrors()
}
