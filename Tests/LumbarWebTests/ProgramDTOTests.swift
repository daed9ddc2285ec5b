import Foundation
import Hummingbird
import LumbarApp
import LumbarCore
import LumbarJSON
import LumbarStore
import LumbarTestSupport
import Testing

@testable import LumbarWeb

/// The API answers a stored program by splicing its id and version into the stored text; that
/// must be byte for byte what writing the parsed program would give.
@Suite struct ProgramDTOTests {
    @Test(arguments: ["desk-worker", "left-side-weakness", "unstable-back"])
    func splicedTextEqualsTheWrittenDocument(example: String) throws {
        let catalog = try Catalog.bundled()
        let assessment = try Assessment.parse(
            try String(contentsOfFile: Fixtures.examplePath(example), encoding: .utf8))
        let program = Planner(catalog: catalog).plan(assessment)
        let record = ProgramVersionRecord(
            programID: UUID(), version: 7, trainerID: UUID(), clientID: UUID(), assessmentID: nil,
            document: StoredDocument.text(program.json), change: .planned, active: true, createdAt: Date())
        let parsed = try StoredDocument.program(record, catalog: catalog)
        #expect(
            String(buffer: try ProgramDTO.body(record))
                == JSONWriter.string(ProgramDTO.json(parsed, record: record), pretty: false))
    }

    @Test func aDamagedDocumentIsAServerError() {
        let record = ProgramVersionRecord(
            programID: UUID(), version: 1, trainerID: UUID(), clientID: UUID(), assessmentID: nil, document: "[]",
            change: .planned, active: true, createdAt: Date())
        #expect(throws: StoredDocument.Damaged.self) { try ProgramDTO.body(record) }
    }
}
