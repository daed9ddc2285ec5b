import LumbarCore
import LumbarJSON

/// `{email, password, name}` for register, `{email, password}` for login.
struct CredentialsBody {
    /// At least 10 characters (Unicode scalars, as the OpenAPI document's `minLength` counts them),
    /// and at most 72 bytes: bcrypt reads only the first 72 bytes and would silently cut the rest.
    static let passwordCharacters = 10
    static let passwordBytes = 72
    static let emailLength = 254
    static let nameLength = 200

    var email: String
    var password: String
    var name: String?

    /// Reads a registration: every field checked, e-mail shape and password length included.
    static func registration(_ value: JSONValue) throws(APIError) -> CredentialsBody {
        let issues = BodyIssues()
        let object = StrictObject(value, keys: ["email", "password", "name"], issues: issues)
        let email = object?.string("email", required: true, maxLength: emailLength)
        if let email, !isEmailShaped(email) { issues.add("email", "\"\(email)\" is not an e-mail address") }
        let password = object.flatMap { newPassword($0, issues) }
        let name = object?.string("name", required: true, maxLength: nameLength)
        try issues.check()
        guard let email, let password, let name else { throw APIError.invalid("", "expected an object") }
        return CredentialsBody(email: email, password: password, name: name)
    }

    /// Reads a sign-in; the password is only checked to be a string, never judged.
    static func signIn(_ value: JSONValue) throws(APIError) -> CredentialsBody {
        let issues = BodyIssues()
        let object = StrictObject(value, keys: ["email", "password"], issues: issues)
        let email = object?.string("email", required: true, maxLength: emailLength)
        let password = object.flatMap { givenPassword($0, issues) }
        try issues.check()
        guard let email, let password else { throw APIError.invalid("", "expected an object") }
        return CredentialsBody(email: email, password: password, name: nil)
    }

    /// `{password}`: the signed-in trainer's password, to confirm a deliberate act (erasing the account).
    static func confirmation(_ value: JSONValue) throws(APIError) -> String {
        try passwordOnly(value, givenPassword)
    }

    /// `{password}`: a new password, held to the registration's rules.
    static func replacement(_ value: JSONValue) throws(APIError) -> String {
        try passwordOnly(value, newPassword)
    }

    /// A `{password}` body read by `read`.
    private static func passwordOnly(_ value: JSONValue, _ read: (StrictObject, BodyIssues) -> String?)
        throws(APIError) -> String
    {
        let issues = BodyIssues()
        let password = StrictObject(value, keys: ["password"], issues: issues).flatMap { read($0, issues) }
        try issues.check()
        guard let password else { throw APIError.invalid("password", "is required") }
        return password
    }

    /// A password being set: no control characters, at least `passwordCharacters` long, and at
    /// most `passwordBytes` bytes.
    static func newPassword(_ object: StrictObject, _ issues: BodyIssues) -> String? {
        object.value("password", required: true).flatMap { value -> String? in
            guard case .string(let text) = value else {
                issues.add("password", "expected a string, found \(value.kindName)")
                return nil
            }
            guard acceptsCharacters(text, issues) else { return nil }
            guard text.unicodeScalars.count >= passwordCharacters else {
                issues.add(
                    "password",
                    "must be at least \(passwordCharacters) characters long (it is \(text.unicodeScalars.count))")
                return nil
            }
            guard text.utf8.count <= passwordBytes else {
                issues.add(
                    "password", "must be at most \(passwordBytes) bytes in UTF-8 (it is \(text.utf8.count))")
                return nil
            }
            return text
        }
    }

    /// A password given to be checked against the stored hash: only checked to be a string, never judged.
    static func givenPassword(_ object: StrictObject, _ issues: BodyIssues) -> String? {
        object.value("password", required: true).flatMap { value -> String? in
            guard case .string(let text) = value, text.utf8.count <= 1024 else {
                issues.add("password", "expected a string of at most 1024 bytes")
                return nil
            }
            guard acceptsCharacters(text, issues) else { return nil }
            return text
        }
    }

    /// Whether a password holds no control character, else logs why. Bcrypt stops at a NUL: "\u{0}" × 10
    /// would be an empty password, and "secret\u{0}tail" would sign in as "secret".
    private static func acceptsCharacters(_ password: String, _ issues: BodyIssues) -> Bool {
        guard let problem = TextCharacters.secret.problem(in: password) else { return true }
        issues.add("password", problem)
        return false
    }

    /// One `@` with something before it and a dotted domain after it, no spaces: the shape
    /// check, since only a mail that arrives proves an address.
    static func isEmailShaped(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }
}
