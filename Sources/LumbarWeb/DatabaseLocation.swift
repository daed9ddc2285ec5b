import Foundation

/// Which database backs the app, parsed from a `DATABASE_URL`-style string. The web app only
/// names it; the executable opens the matching store.
public enum DatabaseLocation: Equatable, Sendable, CustomStringConvertible {
    /// An embedded SQLite file (`sqlite://./lumbar.sqlite`, `sqlite:///var/lib/lumbar.sqlite`, or a
    /// plain path); `:memory:` keeps everything in memory.
    case sqlite(path: String)
    /// A PostgreSQL server (`postgres://user:password@host:5432/db`).
    case postgres(url: String)

    /// Parses `url`; `source` (a flag or variable name) prefixes any error.
    public init(url: String, source: String) throws(ConfigError) {
        let text = url.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else if text.hasPrefix("sqlite://") {
            let path = String(text.dropFirst("sqlite://".count))
            guard !path.isEmpty else { throw ConfigError("\(source): \"\(text)\" names no SQLite file") }
            self = .sqlite(path: path)
        } else if text.hasPrefix("sqlite:") {
            let path = String(text.dropFirst("sqlite:".count))
            guard !path.isEmpty else { throw ConfigError("\(source): \"\(text)\" names no SQLite file") }
            self = .sqlite(path: path)
        } else if !text.isEmpty, !text.contains("://") {
            self = .sqlite(path: text)
        } else {
            throw ConfigError(
                "\(source): \"\(DatabaseLocation.redacted(text))\" is not a sqlite:// or postgres:// URL")
        }
    }

    /// The location for logs: the SQLite path, or the PostgreSQL URL without its password.
    public var description: String {
        switch self {
        case .sqlite(let path): return "SQLite \(path)"
        case .postgres(let url): return "PostgreSQL \(DatabaseLocation.redacted(url))"
        }
    }

    /// `url` with any password replaced by `***`, so it can be logged.
    static func redacted(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].firstIndex(of: "@") else {
            return url
        }
        let userInfo = url[scheme.upperBound..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
    }
}
