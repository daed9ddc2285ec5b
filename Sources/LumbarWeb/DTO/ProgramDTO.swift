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

    /// The same answer straight from the stored text, without parsing and writing it again: the
    /// store holds the compact canonical JSON that `StoredDocument.text` wrote, an object, so the
    /// id and version go in after its opening brace. Reading a program is the API's hottest path.
    static func text(_ record: ProgramVersionRecord) throws -> String {
        let document = record.document
        guard document.hasPrefix("{\"") else {
            throw StoredDocument.Damaged(
                description: "stored program \(record.programID) v\(record.version) is not an object")
        }
        return "{\"id\":\"\(record.programID.wire)\",\"version\":\(record.version)," + document.dropFirst()
    }
}
