import LumbarCore
import LumbarTestSupport
import Testing

@testable import LumbarWeb

/// An exercise progression left out until the trainer reviews it (still too painful at its
/// gentlest dose, nothing easier) is not on the client's page, in the player's plan or on the
/// print view; each names it instead. The trainer's program page keeps it, with its reason.
@Suite struct LeftOutExerciseTests {
    typealias S = PageSnapshotTests

    static var program: Program {
        var program = S.program
        let block = program.blocks.firstIndex { !$0.exercises.isEmpty }!
        program.blocks[block].exercises[0].progression = ProgressionNote(
            decision: .hold, reason: "Pain 7/10 in the last two sessions: left out of the sessions.", leftOut: true)
        return program
    }

    @Test func theClientNeitherSeesNorPlaysIt() {
        let program = Self.program
        let leftOut = program.leftOut[0]
        let page = SharePage(
            client: S.client, token: "share-token", program: (program, S.record), sessions: S.sessions,
            catalog: Fixtures.catalog, today: S.today, timerScale: 1, morningSession: nil, morningForm: nil,
            morningSaved: false)
        let html = page.content(csrf: "tok").map(\.html).joined()
        #expect(
            html.contains("Left out for now, until your trainer looks at it again, because it hurt: \(leftOut.name)."))
        #expect(!html.contains(#""id":"\#(leftOut.id)""#), "the player's plan leaves it out")
        #expect(!html.contains(#"id="item-\#(leftOut.id)""#) && html.components(separatedBy: leftOut.name).count == 2)
        #expect(page.program?.exerciseCount == program.allExercises.count - 1)

        let view = ProgramView(program: program.asFollowed, record: S.record, catalog: Fixtures.catalog)
        let print = ProgramPrintPage(clientName: "Dana", view: view, leftOut: [leftOut.name]).content
            .map(\.html).joined()
        #expect(print.contains("Left out for now: </strong>\(leftOut.name)."))
        #expect(print.components(separatedBy: leftOut.name).count == 2)
    }

    @Test func withEverythingLeftOutThereIsNoSessionToStart() {
        var program = S.program
        for block in program.blocks.indices {
            for index in program.blocks[block].exercises.indices {
                program.blocks[block].exercises[index].progression = ProgressionNote(
                    decision: .hold, reason: "Too painful.", leftOut: true)
            }
        }
        let page = SharePage(
            client: S.client, token: "share-token", program: (program, S.record), sessions: S.sessions,
            catalog: Fixtures.catalog, today: S.today, timerScale: 1, morningSession: nil, morningForm: nil,
            morningSaved: false)
        #expect(page.program == nil)
        #expect(page.noProgramMessage.hasPrefix("Every exercise hurt too much for now"))
        #expect(!page.content(csrf: "tok").map(\.html).joined().contains(#"id="start-session""#))
    }
}
