import Foundation

extension PostgresURL {
    /// libpq's environment variables for this URL, so a PostgreSQL tool (`pg_dump`) connects to the
    /// same database without the URL, and its password, in an argument list any local user can read.
    var libpqEnvironment: [String: String] {
        var environment = [
            "PGHOST": host, "PGPORT": String(port), "PGUSER": username, "PGDATABASE": database,
            "PGSSLMODE": sslMode.rawValue,
        ]
        if let password { environment["PGPASSWORD"] = password }
        for (name, value) in startupParameters {
            environment[name == "options" ? "PGOPTIONS" : "PGAPPNAME"] = value
        }
        return environment
    }
}

/// What other tools need to reach a PostgreSQL database named by a `postgres://` URL.
public enum PostgresTools {
    /// libpq's environment variables (`PGHOST`, `PGPASSWORD`, …) for `url`; throws `StoreError`
    /// naming the problem (never repeating the URL) when it cannot be read.
    public static func libpqEnvironment(url: String) throws -> [String: String] {
        try PostgresURL(url).libpqEnvironment
    }
}
