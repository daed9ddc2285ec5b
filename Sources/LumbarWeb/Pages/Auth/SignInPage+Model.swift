/// The sign-in form: what the person typed (never the password), where to go once signed in, a
/// notice a redirect asked for, and the problems found.
struct SignInPage {
    var email = ""
    /// A path inside Lumbar (`PageAuthMiddleware.safeNext`), never another site.
    var next: String
    var notice: PageNotice?
    var errors = FormErrors()
}
