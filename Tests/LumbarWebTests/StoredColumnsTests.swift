import Foundation
import LumbarApp
import LumbarCore
import LumbarStore
import LumbarTestSupport
import Testing

/// The column lists both backends insert and read through: positions, select lists, and the
/// figures a record carries for its own columns.
@Suite struct StoredColumnsTests {
    @Test func aListPlacesEachColumnAfterItsOffset() {
        let joined = ProgramVersionColumn.whole.at(offset: 2)
        #expect(joined.position(.programID) == 2)
        #expect(joined.position(.daysPerWeek) == 2 + ProgramVersionColumn.allCases.count - 1)
        #expect(joined.end == 2 + ProgramVersionColumn.allCases.count)
        #expect(SessionLogColumn.summary.position(.painDuringMax) == 7)
        #expect(SessionLogColumn.history.end == SessionLogColumn.summary.end + 3)
        #expect(SessionLogColumn.summary.sql(alias: "s").hasPrefix("s.id, s.client_id, s.date, s.created_at"))
        #expect(ProgramVersionColumn.list.hasSuffix("created_at, days_per_week"))
    }

    @Test func everyColumnHasOneStoredValue() {
        let record = ProgramVersionRecord(
            programID: UUID(), version: 1, trainerID: UUID(), clientID: UUID(), assessmentID: nil,
            document: #"{"schedule":{"daysPerWeek":4}}"#, change: .planned, active: true, createdAt: Date())
        #expect(record.storedValues.count == ProgramVersionColumn.allCases.count)
        #expect(record.stored(.daysPerWeek) == .int(4))
        #expect(record.stored(.active) == .bool(true))
    }

    /// What the services store beside a planned program (its schedule) is what a reader of the
    /// stored document finds, for every example that gets a program.
    @Test func theDaysAWeekAProgramCarriesMatchItsDocument() throws {
        let planner = Planner(catalog: Fixtures.catalog)
        for name in ["desk-worker", "left-side-weakness", "unstable-back"] {
            let program = planner.plan(try Fixtures.example(name))
            let document = StoredDocument.text(program.json)
            let record = ProgramVersionRecord(
                programID: UUID(), version: 1, trainerID: UUID(), clientID: UUID(), assessmentID: nil,
                document: document, change: .planned, active: true, createdAt: Date(),
                daysPerWeek: program.schedule.daysPerWeek)
            #expect(record.daysPerWeek == ProgramColumns.daysPerWeek(document: document), "\(name)")
            var edited = record
            edited.document = #"{"schedule":{"daysPerWeek":2}}"#
            #expect(edited.daysPerWeek == 2, "a new document brings its own figure")
        }
    }
}
