import Foundation
import LumbarCore
import LumbarStore

/// A stored program version as the API shows it: the `lumbar.program/1` document with the
/// program's `id` and `version` in front.
enum ProgramDTO {
    static func json(_ program: Program, id: UUID, version: Int) -> JSONValue {
        guard case .object(let pairs) = program.json else { return program.json }
        return .object([("id", .string(id.wire)), ("version", .int(version))] + pairs)
    }

    static func json(_ program: Program, record: ProgramVersionRecord) -> JSONValue {
        json(program, id: record.programID, version: record.version)
    }
}
