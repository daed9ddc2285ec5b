import Foundation
import LumbarStore
import Testing

@testable import LumbarPostgres

/// A database that cannot be reached: the store says so in `StoreError` terms, promptly, and
/// without the password. Needs no server: it points at a closed loopback port.
struct PostgresUnavailableTests {
    @Test func pingReportsAnUnreachableServerWithoutThePassword() async throws {
        // Port 1 on loopback: nothing listens, so connecting is refused at once.
        let store = try PostgresStore(
            url: "postgres://lumbar:hunter2@127.0.0.1:1/lumbar", maximumConnections: 1, pingTimeout: .milliseconds(300))
        let error = await #expect(throws: StoreError.self) { try await store.ping() }
        if case .unavailable(let message)? = error {
            #expect(!message.contains("hunter2"))
            #expect(message.contains("127.0.0.1:1"))
        } else {
            Issue.record("expected StoreError.unavailable, got \(String(describing: error))")
        }
        try await store.close()
    }

    @Test func aClosedStoreAnswersUnavailable() async throws {
        let store = try PostgresStore(url: "postgres://lumbar:hunter2@127.0.0.1:1/lumbar", maximumConnections: 1)
        try await store.close()
        let error = await #expect(throws: StoreError.self) { _ = try await store.trainer(id: UUID()) }
        if case .unavailable(let message)? = error {
            #expect(!message.contains("hunter2"))
        } else {
            Issue.record("expected StoreError.unavailable, got \(String(describing: error))")
        }
    }
}
