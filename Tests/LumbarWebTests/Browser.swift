import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import LumbarWeb

/// A browser in a test: keeps the cookies the app sets and posts forms with their CSRF token.
struct Browser {
    let api: API
    var cookies: [String: String] = [:]

    init(_ api: API) { self.api = api }

    mutating func get(_ path: String) async throws -> Reply {
        try await send(.get, path, body: nil)
    }

    /// The CSRF token the pages put in their forms: the signed-in session's, or the signed-out cookie's.
    var csrfToken: String? {
        if let session = cookies[BrowserSession.sessionCookie] { return BrowserSession.csrfToken(session: session) }
        return cookies[BrowserSession.csrfCookie]
    }

    /// Posts a form; `csrf: false` leaves the token out, as another site's form would.
    mutating func post(_ path: String, _ fields: [(String, String)] = [], csrf: Bool = true) async throws -> Reply {
        if csrf && csrfToken == nil { _ = try await get("/signin") }
        var all = fields
        if csrf, let token = csrfToken { all.append((BrowserSession.csrfField, token)) }
        let body = all.map { "\(Browser.encode($0.0))=\(Browser.encode($0.1))" }.joined(separator: "&")
        return try await send(.post, path, body: body)
    }

    mutating func send(_ method: HTTPRequest.Method, _ path: String, body: String?) async throws -> Reply {
        var headers = HTTPFields()
        if !cookies.isEmpty {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await api.client.execute(
            uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0])
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        return Reply(status: response.status, headers: response.headers, text: String(buffer: response.body))
    }

    /// Signs up a new account in the browser; returns the e-mail address.
    @discardableResult
    mutating func signUp(name: String = "Robin Trainer", myself: Bool = false) async throws -> Reply {
        let email = "page-\(UUID().uuidString.prefix(8).lowercased())@example.com"
        var fields = [("name", name), ("email", email), ("password", "correct horse battery")]
        if myself { fields.append(("myself", "1")) }
        let reply = try await post("/signup", fields)
        #expect(reply.status == .seeOther, "sign up: \(reply.text)")
        return reply
    }

    /// Signs in as a trainer the API registered, so a test can use both the API and the pages.
    mutating func signIn(_ trainer: Trainer) async throws {
        let reply = try await post("/signin", [("email", trainer.email), ("password", "correct horse battery")])
        #expect(reply.status == .seeOther, "sign in: \(reply.text)")
    }

    /// A trainer the API registered and this browser signed in, with a client assessed from
    /// `Examples/desk-worker.json` (so with a program): for tests that use the API and the pages.
    static func assessedClient(_ api: API) async throws -> (Browser, Trainer, client: String, assessed: Reply) {
        var browser = Browser(api)
        let trainer = try await api.register()
        try await browser.signIn(trainer)
        let client = try await api.createClient(trainer)
        let assessed = try await api.assess(trainer, client: client)
        return (browser, trainer, client, assessed)
    }

    /// Creates a client from the dashboard form; returns its id.
    mutating func addClient(_ name: String = "Dana Example") async throws -> String {
        let reply = try await post("/clients", [("name", name), ("age", "46")])
        #expect(reply.status == .seeOther, "add client: \(reply.text)")
        let location = try #require(reply.headers[.location])
        return String(location.split(separator: "/")[1])
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~"))) ?? text
    }
}

extension Reply {
    var location: String? { headers[.location] }
}

/// Every screening answer "no", pain now 4 and nothing below the knee: a screening that proceeds.
func clearScreening(except flags: [String] = [], pain: String = "4") -> [(String, String)] {
    let all = [
        "saddleNumbness", "bladderDysfunction", "bowelIncontinence", "progressiveWeakness", "bilateralLegSymptoms",
        "cancerHistory", "unexplainedWeightLoss", "feverOrUnwell", "recentTrauma", "osteoporosisOrSteroids",
        "nightPain",
    ]
    return all.map { ("flag.\($0)", flags.contains($0) ? "yes" : "no") } + [
        ("pain.now", pain), ("pain.belowKnee", "no"), ("client.age", "46"),
    ]
}
