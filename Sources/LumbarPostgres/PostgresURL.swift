import Foundation
import LumbarStore
import PostgresNIO

/// A `postgres://user:pass@host:port/db?sslmode=…&options=…` URL taken apart for `PostgresClient`.
struct PostgresURL: Sendable {
    var host: String
    var port: Int
    var username: String
    var password: String?
    var database: String
    var sslMode: SSLMode
    /// Sent to the server when a connection starts: libpq's `options` (such as
    /// `-c search_path=lumbar`) and `application_name`, when the URL gives them.
    var startupParameters: [(String, String)]
    /// The URL without its password, safe to log.
    var redacted: String

    /// Parses `text`; errors name the problem but never repeat the URL, which may hold a password.
    init(_ text: String) throws {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "postgres" || scheme == "postgresql"
        else {
            throw StoreError.unavailable("database URL must look like postgres://user:password@host:port/database")
        }
        guard let host = components.host, !host.isEmpty else {
            throw StoreError.unavailable("database URL has no host")
        }
        guard let username = components.user, !username.isEmpty else {
            throw StoreError.unavailable("database URL has no user name")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw StoreError.unavailable("database URL must name one database, as in /lumbar")
        }
        let port = components.port ?? 5432
        guard (1...65_535).contains(port) else {
            throw StoreError.unavailable("database URL port \(port) is out of range")
        }

        // URLComponents keeps brackets around IPv6 literals; sockets want the bare address.
        let bareHost = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        let sslMode: SSLMode
        switch components.queryItems?.last(where: { $0.name == "sslmode" })?.value?.lowercased() {
        case nil:
            // Loopback traffic never leaves the machine, and throwaway test clusters have no certificate.
            sslMode = Self.isLoopback(bareHost) ? .disable : .prefer
        case let value?:
            guard let mode = SSLMode(rawValue: value) else {
                throw StoreError.unavailable(
                    "database URL sslmode \(value) is not one of disable, allow, prefer, require, verify-ca, verify-full"
                )
            }
            sslMode = mode
        }

        // The server itself parses `options`, as it does for libpq clients, so it passes through as is.
        var startupParameters: [(String, String)] = []
        for name in ["options", "application_name"] {
            if let value = components.queryItems?.last(where: { $0.name == name })?.value, !value.isEmpty {
                startupParameters.append((name, value))
            }
        }

        self.host = bareHost
        self.port = port
        self.username = username
        self.password = components.password
        self.database = database
        self.sslMode = sslMode
        self.startupParameters = startupParameters
        self.redacted = "postgres://\(username)@\(host):\(port)/\(database)"
    }

    /// libpq's `sslmode` values, with libpq's meanings.
    enum SSLMode: String, Sendable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    /// The TLS setting for `sslMode`: `allow`, `prefer` and `require` encrypt without checking the
    /// certificate, as libpq does; `verify-ca` checks its chain, `verify-full` its chain and host name.
    var tls: PostgresClient.Configuration.TLS {
        switch sslMode {
        case .disable: .disable
        case .allow, .prefer: .prefer(Self.tlsConfiguration(.none))
        case .require: .require(Self.tlsConfiguration(.none))
        case .verifyCA: .require(Self.tlsConfiguration(.noHostnameVerification))
        case .verifyFull: .require(Self.tlsConfiguration(.fullVerification))
        }
    }

    static func tlsConfiguration(_ verification: CertificateVerification) -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = verification
        return configuration
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
