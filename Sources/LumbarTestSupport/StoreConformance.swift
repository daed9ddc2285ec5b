import Foundation
import LumbarCore
import LumbarStore
import Testing

/// One named behaviour every `LumbarStore` backend must show; passed to `@Test(arguments:)` so each
/// check is its own test case.
public struct StoreCheck: Sendable, CustomTestStringConvertible, CustomStringConvertible {
    /// What the check covers, as shown in test output.
    public let name: String
    /// Runs the check against a migrated store, recording failures with `#expect`.
    public let run: @Sendable (any LumbarStore) async throws -> Void

    /// Makes a check from its name and body.
    public init(_ name: String, _ run: @escaping @Sendable (any LumbarStore) async throws -> Void) {
        self.name = name
        self.run = run
    }

    /// The name, so test output lists each check by what it covers.
    public var testDescription: String { name }
    /// The name.
    public var description: String { name }
}

/// The store conformance suite: every backend runs these checks and must pass all of them.
///
/// Every check makes its own trainers, clients, e-mail addresses, token hashes and rate-limit
/// keys from fresh UUIDs, so the checks may run in any order, concurrently, and against one shared
/// database (a PostgreSQL server) without cleanup. Dates are fixed, and compared at millisecond
/// precision: the least a store must keep.
///
/// A backend's tests call it like this:
/// ```swift
/// @Test(arguments: StoreConformance.checks)
/// func conformance(_ check: StoreCheck) async throws {
///     let store = try await makeMigratedStore()
///     try await check.run(store)
/// }
/// ```
/// or run everything against one store with `await StoreConformance.runAll(on: store)`.
public enum StoreConformance {
    /// Every check, grouped by aggregate.
    public static let checks: [StoreCheck] =
        trainerChecks + clientChecks + assessmentChecks + programChecks + signedInChecks + sessionChecks
        + sessionEditChecks + shareLinkChecks + dashboardChecks + summaryChecks + dataOwnershipChecks + [
            StoreCheck("ping answers") { store in try await store.ping() }
        ]

    /// Runs every check against one store, one after another, and records a thrown error as an
    /// issue named after its check, so one failing check does not hide the others.
    public static func runAll(on store: any LumbarStore, sourceLocation: SourceLocation = #_sourceLocation) async {
        for check in checks {
            do {
                try await check.run(store)
            } catch {
                Issue.record(error, "store check “\(check.name)” threw", sourceLocation: sourceLocation)
            }
        }
    }

    /// Runs every check concurrently against one store, as several app instances would use it.
    public static func runAllConcurrently(
        on store: any LumbarStore, sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        await withTaskGroup(of: Void.self) { group in
            for check in checks {
                group.addTask {
                    do {
                        try await check.run(store)
                    } catch {
                        Issue.record(error, "store check “\(check.name)” threw", sourceLocation: sourceLocation)
                    }
                }
            }
        }
    }
}
