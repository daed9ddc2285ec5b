import Foundation
import Hummingbird
import LumbarApp
import LumbarStore

/// The browser's sign-in: a `lumbar_session` cookie holding a token of kind `cookie` (stored
/// hashed like a bearer token, so signing out or an expiry revokes it), and the CSRF token every
/// form and script call must echo back. With a session, that token is derived from the session's
/// own token (a one-way hash of it), so it belongs to that sign-in, changes at every sign-in, and
/// a cookie value planted by someone else (a sibling subdomain can set cookies) is worth nothing.
/// Before sign-in (the sign-in and sign-up forms) it is the `lumbar_csrf` cookie's value, echoed
/// back (double submit: another site can make the browser send the cookie, but cannot read it).
enum BrowserSession {
    static let sessionCookie = "lumbar_session"
    static let csrfCookie = "lumbar_csrf"
    /// The form field and, for script calls to the API, the header that carry the CSRF token.
    static let csrfField = "_csrf"
    static let csrfHeader = HTTPFields.Element.Name("X-CSRF-Token")!

    /// Lax: the cookie comes along when a person follows a link to Lumbar, but not on another
    /// site's form posts or scripted requests.
    static func sessionCookie(_ token: String, lifetime: TimeInterval, secure: Bool) -> Cookie {
        Cookie(
            name: sessionCookie, value: token, maxAge: Int(lifetime), path: "/", secure: secure, httpOnly: true,
            sameSite: .lax)
    }

    static func clearedSessionCookie(secure: Bool) -> Cookie {
        Cookie(name: sessionCookie, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    static func csrfCookie(_ token: String, secure: Bool) -> Cookie {
        Cookie(name: csrfCookie, value: token, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// The session token the browser sent, when it is shaped like one.
    static func sessionToken(_ request: Request) -> String? {
        guard let value = request.cookies[sessionCookie]?.value, SecretToken.isWellFormed(value) else { return nil }
        return value
    }

    /// The CSRF token the request must echo: the session's when it has one, else the `lumbar_csrf`
    /// cookie's; nil when it has neither yet (the page then issues a cookie).
    static func csrfToken(_ request: Request) -> String? {
        if let session = sessionToken(request) { return csrfToken(session: session) }
        return anonymousCSRFToken(request)
    }

    /// The signed-out CSRF cookie's value, when it is shaped like a token.
    static func anonymousCSRFToken(_ request: Request) -> String? {
        guard let value = request.cookies[csrfCookie]?.value, SecretToken.isWellFormed(value) else { return nil }
        return value
    }

    /// The CSRF token of a signed-in session: not the session token, from which it cannot be worked back.
    static func csrfToken(session: String) -> String { SecretToken.hash("lumbar-csrf:" + session) }

    /// Whether `echoed` matches the request's CSRF token, compared in constant time.
    static func csrfMatches(_ request: Request, echoed: String?) -> Bool {
        guard let expected = csrfToken(request), let echoed else { return false }
        let (left, right) = (Array(expected.utf8), Array(echoed.utf8))
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension CredentialSource {
    /// The browser's session cookie. A request signed in this way that changes something must
    /// also carry the CSRF token (`AuthMiddleware` checks it).
    static let cookie = CredentialSource(kind: .cookie) { request in BrowserSession.sessionToken(request) }
}
