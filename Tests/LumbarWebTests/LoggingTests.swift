import Foundation
import Hummingbird
import Logging
import LumbarApp
import Synchronization
import Testing

@testable import LumbarWeb

/// Keeps every log line in memory, metadata included, so a test can search them.
final class CapturedLog: Sendable {
    let lines = Mutex<[String]>([])

    var logger: Logger {
        var logger = Logger(label: "test") { _ in Handler(log: self) }
        logger.logLevel = .trace
        return logger
    }

    struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            log.lines.withLock { $0.append("\(event.level) \(event.message) \(all)") }
        }
    }
}

@Suite struct LoggingTests {
    @Test func noPasswordTokenOrHashIsEverLogged() async throws {
        let captured = CapturedLog()
        let password = "correct horse battery"
        let secrets = Mutex<[String]>([password])
        try await withApp(.sqlite, logger: captured.logger) { api in
            let trainer = try await api.register(password: password)
            secrets.withLock { $0.append(trainer.token) }
            _ = try await api.post(
                "/api/v1/auth/login", #"{"email": "\#(trainer.email)", "password": "wrong one here"}"#)
            let client = try await api.createClient(trainer)
            _ = try await api.assess(trainer, client: client)
            let link = try await api.post("/api/v1/clients/\(client)/share-links", token: trainer.token)
            let shareToken = try #require(link.string("token"))
            secrets.withLock { $0.append(shareToken) }
            _ = try await api.get("/api/v1/share/\(shareToken)")
            _ = try await api.post("/api/v1/auth/logout", token: trainer.token)
            _ = try await api.get("/api/v1/clients", token: trainer.token)
        }
        let lines = captured.lines.withLock { $0 }
        #expect(lines.count >= 8)
        #expect(lines.contains { $0.contains("/api/v1/share/{token}") })
        for secret in secrets.withLock({ $0 }) {
            #expect(!lines.contains { $0.contains(secret) }, "a log line contains a secret")
            #expect(!lines.contains { $0.contains(SecretToken.hash(secret)) }, "a log line contains a hash")
        }
        #expect(!lines.contains { $0.contains("$2b$") || $0.contains("wrong one here") })
    }
}
