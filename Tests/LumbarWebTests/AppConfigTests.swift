import Foundation
import Logging
import LumbarWeb
import Testing

@Suite struct AppConfigTests {
    @Test func defaultsAreLoopbackPort8080AndTheLocalSQLiteFile() throws {
        let config = try AppConfig.resolve(environment: [:])
        #expect(config.host == "127.0.0.1")
        #expect(config.port == 8080)
        #expect(config.database == .sqlite(path: "./lumbar.sqlite"))
        #expect(config.logLevel == .info)
        #expect(config.bcryptCost == 12)
        #expect(config.maxBodyBytes == 256 * 1024)
        #expect(config.timerScale == 1)
    }

    @Test func theTimerScaleComesFromTheFlagOrTheEnvironmentAndStaysInRange() throws {
        #expect(try AppConfig.resolve(environment: ["LUMBAR_TIMER_SCALE": "0.02"]).timerScale == 0.02)
        #expect(try AppConfig.resolve(timerScale: 0.5, environment: ["LUMBAR_TIMER_SCALE": "0.02"]).timerScale == 0.5)
        #expect(throws: ConfigError("LUMBAR_TIMER_SCALE: \"fast\" is not a number")) {
            try AppConfig.resolve(environment: ["LUMBAR_TIMER_SCALE": "fast"])
        }
        #expect(throws: ConfigError("--timer-scale: 0.0 is outside 0.001…10.0")) {
            try AppConfig.resolve(timerScale: 0, environment: [:])
        }
        for text in ["-1", "nan", "inf", "11"] {
            #expect(throws: ConfigError.self) { try AppConfig.resolve(environment: ["LUMBAR_TIMER_SCALE": text]) }
        }
    }

    @Test func secureCookiesComeFromTheFlagOrTheEnvironment() throws {
        #expect(try AppConfig.resolve(environment: ["LUMBAR_SECURE_COOKIES": "true"]).secureCookies)
        #expect(!(try AppConfig.resolve(environment: ["LUMBAR_SECURE_COOKIES": "0"]).secureCookies))
        #expect(try AppConfig.resolve(secureCookies: true, environment: ["LUMBAR_SECURE_COOKIES": "off"]).secureCookies)
        #expect(throws: ConfigError("LUMBAR_SECURE_COOKIES: \"maybe\" is not one of 1, true, 0, false")) {
            try AppConfig.resolve(environment: ["LUMBAR_SECURE_COOKIES": "maybe"])
        }
    }

    @Test func flagsWinOverTheEnvironmentWhichWinsOverDefaults() throws {
        let environment = [
            "LUMBAR_HOST": "0.0.0.0", "LUMBAR_PORT": "9000", "DATABASE_URL": "postgres://u:secret@db:5432/lumbar",
            "LOG_LEVEL": "debug",
        ]
        let fromEnvironment = try AppConfig.resolve(environment: environment)
        #expect(fromEnvironment.host == "0.0.0.0")
        #expect(fromEnvironment.port == 9000)
        #expect(fromEnvironment.database == .postgres(url: "postgres://u:secret@db:5432/lumbar"))
        #expect(fromEnvironment.logLevel == .debug)

        let fromFlags = try AppConfig.resolve(
            host: "::1", port: 0, databaseURL: "sqlite:///var/lib/lumbar.sqlite", environment: environment)
        #expect(fromFlags.host == "::1")
        #expect(fromFlags.port == 0)
        #expect(fromFlags.database == .sqlite(path: "/var/lib/lumbar.sqlite"))
    }

    @Test(arguments: [
        ("sqlite://./lumbar.sqlite", DatabaseLocation.sqlite(path: "./lumbar.sqlite")),
        ("sqlite:///tmp/x.sqlite", .sqlite(path: "/tmp/x.sqlite")), ("data/lumbar.db", .sqlite(path: "data/lumbar.db")),
        ("sqlite::memory:", .sqlite(path: ":memory:")),
        ("postgresql://localhost/lumbar", .postgres(url: "postgresql://localhost/lumbar")),
    ])
    func databaseURLs(url: String, location: DatabaseLocation) throws {
        #expect(try DatabaseLocation(url: url, source: "--database") == location)
    }

    @Test func badValuesNameTheirSourceAndHideThePassword() {
        #expect(throws: ConfigError("LUMBAR_PORT: \"http\" is not a port number")) {
            try AppConfig.resolve(environment: ["LUMBAR_PORT": "http"])
        }
        #expect(throws: ConfigError("--port: 70000 is outside 0…65535")) {
            try AppConfig.resolve(port: 70000, environment: [:])
        }
        #expect(throws: ConfigError("--database: \"mysql://u:***@db/x\" is not a sqlite:// or postgres:// URL")) {
            try AppConfig.resolve(databaseURL: "mysql://u:pw@db/x", environment: [:])
        }
        #expect(throws: ConfigError.self) { try AppConfig.resolve(environment: ["LOG_LEVEL": "loud"]) }
        #expect(
            DatabaseLocation.postgres(url: "postgres://u:pw@db/x").description == "PostgreSQL postgres://u:***@db/x")
    }
}
