import Foundation
import LumbarCore
import LumbarStore
import Synchronization

/// A program version that passes validation, and why it is not the one asked for when it is not.
public struct ReadableProgram: Sendable {
    public let program: Program
    public let record: ProgramVersionRecord
    /// Set when the version asked for failed validation and an earlier one stands in for it.
    public let notice: String?
}

/// Programs and their versions: read back (an earlier version standing in for a damaged one), and
/// edited by hand into a new version.
public struct ProgramService: Sendable {
    let context: AppContext

    /// The newest version of the trainer's program; `notFound` when missing or another trainer's.
    public func latest(_ id: UUID, of trainer: TrainerRecord) async throws -> ProgramVersionRecord {
        try await context.store.latestProgram(id: id, trainerID: trainer.id).orNotFound("program")
    }

    /// Applies a hand edit to the newest version `record` and stores the result as the next
    /// version (active when `record` was). Invalid when the edit does not fit the program, a
    /// conflict when another edit landed first.
    public func edit(_ record: ProgramVersionRecord, _ edit: ProgramEdit) async throws
        -> (Program, ProgramVersionRecord)
    {
        // An unreadable newest version is edited from the last readable one, which repairs it.
        let program = try await requireReadable(record).program
        let edited = try edit.apply(
            to: program, catalog: context.catalog, listedEquipment: try await listedEquipment(record))
        let version = ProgramVersionRecord(
            programID: record.programID, version: record.version + 1, trainerID: record.trainerID,
            clientID: record.clientID, assessmentID: record.assessmentID, document: StoredDocument.text(edited.json),
            change: .edited, active: record.active, createdAt: context.now(),
            daysPerWeek: edited.schedule.daysPerWeek)
        do {
            try await context.store.addProgramVersion(version)
        } catch StoreError.conflict {
            throw AppError.conflict("The program changed while this edit was made; reload it and edit again.")
        }
        return (edited, version)
    }

    /// The equipment the program's assessment listed, when that assessment is still the client's
    /// latest (the store looks assessments up by client only).
    public func listedEquipment(_ record: ProgramVersionRecord) async throws -> Set<Equipment> {
        guard let assessmentID = record.assessmentID,
            let latest = try await context.store.latestAssessment(
                clientID: record.clientID, trainerID: record.trainerID),
            latest.id == assessmentID
        else { return [] }
        return Set(try StoredDocument.assessment(latest).preferences.equipment ?? Array(Planner.homeKit))
    }

    /// The program of `record`, or, when that version no longer passes validation (a damaged row,
    /// or one written before a rule was tightened: a session dated 9999-12-31 once produced a
    /// version whose adherence no program may hold), the newest earlier version that does, with a
    /// notice. The damage is logged once per version, never answered as a 500. Nil when no version
    /// of the program is readable.
    public func readable(_ record: ProgramVersionRecord) async throws -> ReadableProgram? {
        if let program = stored(record) { return ReadableProgram(program: program, record: record, notice: nil) }
        let versions = try await context.store.programVersions(id: record.programID, trainerID: record.trainerID)
        for earlier in versions.reversed() where earlier.version < record.version {
            guard let program = stored(earlier) else { continue }
            return ReadableProgram(
                program: program, record: earlier,
                notice:
                    "Version \(record.version) of this program could not be read, so version \(earlier.version) "
                    + "is shown. Correct or delete any session with a wrong date, then apply the progression again.")
        }
        return nil
    }

    /// Like `readable`, but a server error (logged) when no version is readable: for the use cases
    /// that must build on a program (edits, progression).
    public func requireReadable(_ record: ProgramVersionRecord) async throws -> ReadableProgram {
        guard let readable = try await readable(record) else {
            throw StoredDocument.Damaged(description: "no version of program \(record.programID) is readable")
        }
        return readable
    }

    /// The program of one stored version, or nil when it fails validation, which is logged once
    /// per version.
    func stored(_ record: ProgramVersionRecord) -> Program? {
        do {
            return try StoredDocument.program(record, catalog: context.catalog)
        } catch {
            let key = "\(record.programID.text) v\(record.version)"
            if DamagedVersions.shared.firstReport(key) {
                context.logger.error(
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
