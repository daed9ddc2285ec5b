/// The form a one-time reset link opens: the account it is for, the token (the form posts back to
/// it) and the problems found.
struct PasswordResetPage {
    var email: String
    var token: String
    var errors = FormErrors()
}
