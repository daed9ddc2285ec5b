import Foundation
import Logging
import LumbarApp

/// Everything the web app is configured with, read once at start: flag > environment > default.
public struct AppConfig: Sendable {
    /// The address to bind (`LUMBAR_HOST`, default 127.0.0.1).
    public var host: String
    /// The port to bind (`LUMBAR_PORT`, default 8080; 0 picks a free one).
    public var port: Int
    /// Where the data lives (`DATABASE_URL`, default the SQLite file `./lumbar.sqlite`).
    public var database: DatabaseLocation
    /// How much the app logs (`LOG_LEVEL`, default info).
    public var logLevel: Logger.Level
    /// Bcrypt cost for new password hashes; 12 in production, lower only to keep tests fast.
    public var bcryptCost: UInt8
    /// Request bodies larger than this are refused with 413 before they are decoded.
    public var maxBodyBytes: Int
    /// How long a sign-in token stays valid.
    public var tokenLifetime: TimeInterval
    /// How long a share link stays valid.
    public var shareLinkLifetime: TimeInterval
    /// Sign-in attempt limits.
    public var rateLimits: RateLimits
    /// Multiplies every timer of the session player (holds, rests, paced reps): 1 in real use; a small
    /// value such as 0.02 lets browser tests go through a whole session in seconds (`--timer-scale`,
    /// `LUMBAR_TIMER_SCALE`).
    public var timerScale: Double
    /// Marks the session and CSRF cookies `Secure`, so a browser sends them over HTTPS only: on
    /// whenever Lumbar is reached through HTTPS (`--secure-cookies`, `LUMBAR_SECURE_COOKIES`). Off by
    /// default because a fresh checkout serves plain HTTP on loopback, where Secure cookies would
    /// never come back and nobody could sign in.
    public var secureCookies: Bool
    /// The address people reach Lumbar at, such as `https://lumbar.example.com` (`--public-url`,
    /// `LUMBAR_PUBLIC_URL`): share links shown to trainers are built from it. Without it they stay
    /// relative (`/s/{token}`); never from the request's `Host`, which the sender chooses.
    public var publicURL: String?
    /// Reverse proxies whose `X-Forwarded-For` / `Forwarded` headers are believed
    /// (`--trusted-proxy`, `LUMBAR_TRUSTED_PROXIES` comma-separated): the client's address for the
    /// rate limits then comes from them. From any other peer those headers are ignored.
    public var trustedProxies: Set<String>
    /// How long a connection may sit idle or take to send a request's head, and how long a request
    /// may take to send its body, before it is closed (`--request-timeout`, `LUMBAR_REQUEST_TIMEOUT`,
    /// seconds; default 30).
    public var requestTimeout: TimeInterval
    /// How long `serve` waits for the database to answer at start before it gives up and exits
    /// non-zero (`LUMBAR_DATABASE_WAIT`, seconds; default 30).
    public var databaseWait: TimeInterval

    /// The defaults the contract names, with every value adjustable afterwards.
    public init(
        host: String = AppConfig.defaultHost, port: Int = AppConfig.defaultPort,
        database: DatabaseLocation = .sqlite(path: AppConfig.defaultSQLitePath), logLevel: Logger.Level = .info,
        bcryptCost: UInt8 = 12, maxBodyBytes: Int = 256 * 1024, tokenLifetime: TimeInterval = 30 * 86_400,
        shareLinkLifetime: TimeInterval = 90 * 86_400, rateLimits: RateLimits = RateLimits(), timerScale: Double = 1,
        secureCookies: Bool = false, publicURL: String? = nil, trustedProxies: Set<String> = [],
        requestTimeout: TimeInterval = 30, databaseWait: TimeInterval = 30
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.logLevel = logLevel
        self.bcryptCost = bcryptCost
        self.maxBodyBytes = maxBodyBytes
        self.tokenLifetime = tokenLifetime
        self.shareLinkLifetime = shareLinkLifetime
        self.rateLimits = rateLimits
        self.timerScale = timerScale
        self.secureCookies = secureCookies
        self.publicURL = publicURL
        self.trustedProxies = trustedProxies
        self.requestTimeout = requestTimeout
        self.databaseWait = databaseWait
    }

    /// The default bind address: loopback, so a fresh checkout is not reachable from the network.
    public static let defaultHost = "127.0.0.1"
    /// The default port.
    public static let defaultPort = 8080
    /// The embedded database used when none is named.
    public static let defaultSQLitePath = "./lumbar.sqlite"
    /// The accepted timer scales: short enough for tests, never zero (a timer must still run out
    /// in order) and never slower than ten times real time.
    public static let timerScales: ClosedRange<Double> = 0.001...10

    /// Resolves the configuration from command-line values (nil when not given) and the environment.
    /// Throws `ConfigError` naming the offending flag or variable.
    public static func resolve(
        host: String? = nil, port: Int? = nil, databaseURL: String? = nil, timerScale: Double? = nil,
        secureCookies: Bool? = nil, publicURL: String? = nil, trustedProxies: [String] = [],
        requestTimeout: Double? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigError) -> AppConfig {
        func nonEmpty(_ key: String) -> String? {
            guard let value = environment[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        /// The flag's value, else the variable's, checked against `range`; nil when neither is given.
        func number(_ flag: Double?, _ flagName: String, _ variable: String, in range: ClosedRange<Double>)
            throws(ConfigError) -> Double?
        {
            if let flag { return try checked(flag, in: range, source: flagName) }
            guard let text = nonEmpty(variable) else { return nil }
            guard let value = Double(text) else { throw ConfigError("\(variable): \"\(text)\" is not a number") }
            return try checked(value, in: range, source: variable)
        }
        var config = AppConfig()
        config.host = host ?? nonEmpty("LUMBAR_HOST") ?? defaultHost
        if let port {
            config.port = try checkedPort(port, source: "--port")
        } else if let text = nonEmpty("LUMBAR_PORT") {
            guard let value = Int(text) else { throw ConfigError("LUMBAR_PORT: \"\(text)\" is not a port number") }
            config.port = try checkedPort(value, source: "LUMBAR_PORT")
        }
        if let url = databaseURL {
            config.database = try DatabaseLocation(url: url, source: "--database")
        } else if let url = nonEmpty("DATABASE_URL") {
            config.database = try DatabaseLocation(url: url, source: "DATABASE_URL")
        }
        if let text = nonEmpty("LOG_LEVEL") {
            guard let level = Logger.Level(rawValue: text.lowercased()) else {
                let accepted = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
                throw ConfigError("LOG_LEVEL: \"\(text)\" is not one of \(accepted)")
            }
            config.logLevel = level
        }
        if let value = try number(timerScale, "--timer-scale", "LUMBAR_TIMER_SCALE", in: timerScales) {
            config.timerScale = value
        }
        if let secureCookies {
            config.secureCookies = secureCookies
        } else if let text = nonEmpty("LUMBAR_SECURE_COOKIES") {
            switch text.lowercased() {
            case "1", "true", "yes", "on": config.secureCookies = true
            case "0", "false", "no", "off": config.secureCookies = false
            default: throw ConfigError("LUMBAR_SECURE_COOKIES: \"\(text)\" is not one of 1, true, 0, false")
            }
        }
        if let url = publicURL ?? nonEmpty("LUMBAR_PUBLIC_URL") {
            let source = publicURL == nil ? "LUMBAR_PUBLIC_URL" : "--public-url"
            config.publicURL = try checkedPublicURL(url, source: source)
        }
        let proxies =
            trustedProxies.isEmpty
            ? (nonEmpty("LUMBAR_TRUSTED_PROXIES")?.split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            } ?? []) : trustedProxies
        for proxy in proxies where ClientAddress.normalized(proxy) == nil {
            throw ConfigError("--trusted-proxy: \"\(proxy)\" is not an IPv4 or IPv6 address")
        }
        config.trustedProxies = Set(proxies.compactMap(ClientAddress.normalized))
        if let value = try number(requestTimeout, "--request-timeout", "LUMBAR_REQUEST_TIMEOUT", in: requestTimeouts) {
            config.requestTimeout = value
        }
        if let value = try number(nil, "", "LUMBAR_DATABASE_WAIT", in: databaseWaits) { config.databaseWait = value }
        return config
    }

    /// Accepted request timeouts, in seconds.
    public static let requestTimeouts: ClosedRange<Double> = 0.1...3_600
    /// Accepted waits for the database at start, in seconds.
    public static let databaseWaits: ClosedRange<Double> = 0...3_600

    /// An http or https URL with a host and nothing after the path; kept without a trailing slash.
    private static func checkedPublicURL(_ text: String, source: String) throws(ConfigError) -> String {
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty, url.query == nil,
            url.fragment == nil, url.user == nil
        else {
            throw ConfigError("\(source): \"\(text)\" is not an http(s) URL such as https://lumbar.example.com")
        }
        return text.hasSuffix("/") ? String(text.dropLast()) : text
    }

    private static func checked(_ value: Double, in range: ClosedRange<Double>, source: String) throws(ConfigError)
        -> Double
    {
        // `contains` is false for NaN, so "nan" is refused along with the out-of-range values.
        guard range.contains(value) else {
            throw ConfigError("\(source): \(value) is outside \(range.lowerBound)…\(range.upperBound)")
        }
        return value
    }

    private static func checkedPort(_ value: Int, source: String) throws(ConfigError) -> Int {
        guard (0...65_535).contains(value) else { throw ConfigError("\(source): \(value) is outside 0…65535") }
        return value
    }
}
