import Foundation
import LumbarCore
import LumbarStore
import Synchronization

/// A program version that passes validation, and why it is not the one asked for when it is not.
struct ReadableProgram: Sendable {
    let program: Program
    let record: ProgramVersionRecord
    /// Set when the version asked for failed validation and an earlier one stands in for it.
    let notice: String?
}

extension AppServices {
    /// The program of `record`, or, when that version no longer passes validation (a damaged row,
    /// or one written before a rule was tightened: a session dated 9999-12-31 once produced a
    /// version whose adherence no program may hold), the newest earlier version that does, with a
    /// notice. The damage is logged once per version, never answered as a 500. Nil when no version
    /// of the program is readable.
    func readableProgram(_ record: ProgramVersionRecord) async throws -> ReadableProgram? {
        if let program = storedProgram(record) { return ReadableProgram(program: program, record: record, notice: nil) }
        let versions = try await store.programVersions(id: record.programID, trainerID: record.trainerID)
        for earlier in versions.reversed() where earlier.version < record.version {
            guard let program = storedProgram(earlier) else { continue }
            return ReadableProgram(
                program: program, record: earlier,
                notice:
                    "Version \(record.version) of this program could not be read, so version \(earlier.version) "
                    + "is shown. Correct or delete any session with a wrong date, then apply the progression again.")
        }
        return nil
    }

    /// Like `readableProgram`, but 500 (logged) when no version is readable: for the routes that
    /// must build on a program (edits, progression).
    func requireReadableProgram(_ record: ProgramVersionRecord) async throws -> ReadableProgram {
        guard let readable = try await readableProgram(record) else {
            throw StoredDocument.Damaged(description: "no version of program \(record.programID) is readable")
        }
        return readable
    }

    /// The program of one stored version, or nil when it fails validation, which is logged once
    /// per version.
    private func storedProgram(_ record: ProgramVersionRecord) -> Program? {
        do {
            return try StoredDocument.program(record, catalog: catalog)
        } catch {
            let key = "\(record.programID.wire) v\(record.version)"
            if DamagedVersions.shared.firstReport(key) {
                logger.error(
                    "stored program version fails validation; showing an earlier one",
                    metadata: ["program": .string(key), "problem": .string(String(describing: error))])
            }
            return nil
        }
    }
}

/// The damaged versions already logged by this process, so a page read a thousand times logs once.
final class DamagedVersions: Sendable {
    static let shared = DamagedVersions()
    private let seen = Mutex<Set<String>>([])

    func firstReport(_ key: String) -> Bool { seen.withLock { $0.insert(key).inserted } }
}
