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

    static let email = Field(
        "email",
        ValueShape.text(maxLength: emailLength)
            .checked { email, reader in
                guard isEmailShaped(email) else {
                    reader.log.add(reader.path, "\"\(email)\" is not an e-mail address")
                    return nil
                }
                return email
            }
            .documented(as: JSONSchema.string(minLength: 3, maxLength: emailLength, format: "email")))
    /// Signing in looks the address up as given: no shape check that could tell what exists.
    static let givenEmail = Field(
        "email",
        ValueShape.text(maxLength: emailLength).documented(as: JSONSchema.string(minLength: 1, maxLength: emailLength)))
    static let name = Field("name", .text(maxLength: nameLength))

    /// A password being set: no control characters, at least `passwordCharacters` long, and at
    /// most `passwordBytes` bytes.
    static let newPassword = Field(
        "password",
        ValueShape(
            schema: JSONSchema.string(
                minLength: passwordCharacters, maxLength: passwordBytes,
                description: "At least 10 characters and at most 72 bytes of UTF-8 (bcrypt reads no further).")
        ) { reader -> String? in
            guard let text = password(reader) else { return nil }
            guard text.unicodeScalars.count >= passwordCharacters else {
                reader.log.add(
                    reader.path,
                    "must be at least \(passwordCharacters) characters long (it is \(text.unicodeScalars.count))")
                return nil
            }
            guard text.utf8.count <= passwordBytes else {
                reader.log.add(
                    reader.path, "must be at most \(passwordBytes) bytes in UTF-8 (it is \(text.utf8.count))")
                return nil
            }
            return text
        })

    /// A password given to be checked against the stored hash: only checked to be a string, never judged.
    static let givenPassword = Field(
        "password",
        ValueShape(schema: JSONSchema.string(maxLength: 1024, description: "The account's password, as set.")) {
            password($0)
        })

    static let registrationShape = ObjectShape([email, newPassword, name], required: ["email", "password", "name"])
    static let signInShape = ObjectShape([givenEmail, givenPassword], required: ["email", "password"])
    static let confirmationShape = ObjectShape([givenPassword], required: ["password"])
    static let replacementShape = ObjectShape([newPassword], required: ["password"])

    /// Reads a registration: every field checked, e-mail shape and password length included.
    static func registration(_ value: JSONValue) throws(APIError) -> CredentialsBody {
        let body = try registrationShape.body(value)
        guard let email = body[email], let password = body[newPassword], let name = body[name] else {
            throw APIError.invalid("", "expected an object")
        }
        return CredentialsBody(email: email, password: password, name: name)
    }

    /// Reads a sign-in; the password is only checked to be a string, never judged.
    static func signIn(_ value: JSONValue) throws(APIError) -> CredentialsBody {
        let body = try signInShape.body(value)
        guard let email = body[givenEmail], let password = body[givenPassword] else {
            throw APIError.invalid("", "expected an object")
        }
        return CredentialsBody(email: email, password: password, name: nil)
    }

    /// `{password}`: the signed-in trainer's password, to confirm a deliberate act (erasing the account).
    static func confirmation(_ value: JSONValue) throws(APIError) -> String {
        guard let password = try confirmationShape.body(value)[givenPassword] else {
            throw APIError.invalid("password", "is required")
        }
        return password
    }

    /// `{password}`: a new password, held to the registration's rules.
    static func replacement(_ value: JSONValue) throws(APIError) -> String {
        guard let password = try replacementShape.body(value)[newPassword] else {
            throw APIError.invalid("password", "is required")
        }
        return password
    }

    /// A password as sent: a string of at most 1024 bytes with no control character. Bcrypt stops
    /// at a NUL: "\u{0}" × 10 would be an empty password, and "secret\u{0}tail" would sign in as "secret".
    private static func password(_ reader: JSONReader) -> String? {
        guard case .string(let text) = reader.value else {
            reader.log.add(reader.path, "expected a string, found \(reader.value.kindName)")
            return nil
        }
        guard text.utf8.count <= 1024 else {
            reader.log.add(reader.path, "is \(text.utf8.count) bytes long; at most 1024 are allowed")
            return nil
        }
        if let problem = TextCharacters.secret.problem(in: text) {
            reader.log.add(reader.path, problem)
            return nil
        }
        return text
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
