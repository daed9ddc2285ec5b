import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarJSON
import LumbarStore

/// A stored program version as the API shows it: the `lumbar.program/1` document with the
/// program's `id` and `version` in front.
enum ProgramDTO {
    static let shape = AnswerShape<(program: Program, record: ProgramVersionRecord)>.extending(
        OpenAPISchemas.program,
        with: [.uuid("id") { $0.record.programID }, .integer("version", 1...Int(Int32.max)) { $0.record.version }]
    ) { $0.program.json }

    static func json(_ program: Program, record: ProgramVersionRecord) -> JSONValue {
        shape.json((program, record))
    }

    /// What a share link shows: the client's first name and the program they follow, if any.
    static let shared = AnswerShape<(firstName: String, program: ReadableProgram?)>([
        .text("firstName") { $0.firstName },
        .optionalNested("program", shape, ref: "ProgramVersion") { $0.program.map { ($0.program, $0.record) } },
    ])

    /// The same answer straight from the stored text, without parsing and writing it again: the
    /// store holds the compact canonical JSON that `StoredDocument.text` wrote, an object, so the
    /// id and version go in after its opening brace. Reading a program is the API's hottest path,
    /// so the pieces are written into the response buffer directly, with no joined string between.
    static func body(_ record: ProgramVersionRecord) throws -> ByteBuffer {
        let document = record.document
        guard document.hasPrefix("{\"") else {
            throw StoredDocument.Damaged(
                description: "stored program \(record.programID) v\(record.version) is not an object")
        }
        var buffer = ByteBufferAllocator().buffer(capacity: document.utf8.count + 64)
        buffer.writeStaticString("{\"id\":\"")
        buffer.writeString(record.programID.wire)
        buffer.writeStaticString("\",\"version\":")
        buffer.writeString(String(record.version))
        buffer.writeStaticString(",")
        buffer.writeSubstring(document.dropFirst())
        return buffer
    }

    /// A stored program version as a 200 answer.
    static func response(_ record: ProgramVersionRecord) throws -> Response {
        JSONResponse.buffer(.ok, try body(record))
    }
}
