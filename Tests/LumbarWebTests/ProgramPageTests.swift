import Foundation
import LumbarApp
import LumbarCore
import LumbarStore
import LumbarTestSupport
import Testing

@testable import LumbarWeb

/// The program page and its print view as their views write them: the edit forms the browser
/// tests fill in (ids, names, ranges), the notices, the history, and the findings, with every
/// value escaped.
@Suite struct ProgramPageTests {
    /// An example's planned program, shown as version 2.
    static func view(_ example: String = "desk-worker", active: Bool = true) throws -> ProgramView {
        let program = Planner(catalog: Fixtures.catalog).plan(try Fixtures.example(example))
        let record = ProgramVersionRecord(
            programID: UUID(), version: 2, trainerID: UUID(), clientID: UUID(), assessmentID: nil, document: "",
            change: .edited, active: active, createdAt: Date(timeIntervalSince1970: 0))
        return ProgramView(program: program, record: record, catalog: Fixtures.catalog)
    }

    /// The page of `view`, the newest of two versions.
    static func page(_ view: ProgramView, editable: Bool, problem: String? = nil) -> ProgramPage {
        var first = view.record
        first.version = 1
        first.change = .planned
        first.active = false
        return ProgramPage(
            clientID: "c1", clientName: #"Tom "T" O'Neil"#, view: view, versions: [first, view.record],
            isLatest: true, editing: editable ? ProgramFilters(program: view.program, catalog: view.catalog) : nil,
            isNew: false, problem: problem)
    }

    @Test func anEditableVersionHasSwapAndDoseFormsForEachExercise() throws {
        let view = try Self.view()
        let page = Self.page(view, editable: true)
        let html = page.content(csrf: "tok").map(\.html).joined()
        let exercise = try #require(view.program.allExercises.first)
        let entry = try #require(view.catalog[exercise.id])
        let id = exercise.id
        #expect(html.contains("<h1>Tom &quot;T&quot; O&#39;Neil&#39;s program</h1>"))
        #expect(html.contains(#"<article class="exercise" id="ex-\#(id)"><h3>"#))
        #expect(
            html.contains(
                #"<input type="hidden" name="_csrf" value="tok"><input type="hidden" name="from" value="\#(id)">"#))
        #expect(html.contains(#"<select id="swap-\#(id)" name="to" required><option value="">Choose…</option>"#))
        let sets = entry.doseRange.sets
        #expect(
            html.contains(
                #"<label for="sets-\#(id)">Sets (\#(sets.lowerBound)–\#(sets.upperBound))</label>"#
                    + #"<input id="sets-\#(id)" name="sets" type="number" inputmode="numeric" "#
                    + #"min="\#(sets.lowerBound)" max="\#(sets.upperBound)" value="\#(exercise.dose.sets)" required>"#
            ))
        // A swap offers only exercises of the block's phase that the program's rules allow.
        let choices = try #require(page.swapChoices)
        for block in view.shownBlocks {
            let filters = ProgramFilters(program: view.program, catalog: view.catalog)
            #expect(
                choices[block.phase]?.allSatisfy {
                    $0.phase == block.phase && filters.unsuitability(of: $0, phase: block.phase) == nil
                } == true)
        }
        let programID = view.record.programID.wire
        #expect(
            html.contains(
                #"<ol class="versions" reversed><li><strong><a href="/programs/\#(programID)?version=2">Version 2</a>"#
                    + ": Edited by the trainer, "))
        #expect(html.contains(#"<span class="badge active">Active</span>"#) && !html.contains("Make version"))

        let readOnly = Self.page(view, editable: false).content(csrf: "tok").map(\.html).joined()
        #expect(readOnly.contains(#"id="ex-\#(id)""#) && !readOnly.contains("Change this exercise"))
    }

    @Test func aRefusalTheFindingsAndAnInactiveVersionAreShown() throws {
        let view = try Self.view("left-side-weakness", active: false)
        let html = Self.page(view, editable: false, problem: "Sets <3>").content(csrf: "t").map(\.html).joined()
        #expect(
            html.contains(
                #"<div class="notice stop" role="alert" id="problem" tabindex="-1">"#
                    + "<h2>That change was not made</h2><p>Sets &lt;3&gt;</p></div>"))
        let side = try #require(view.program.findings.weakSide)
        #expect(html.contains(#"<section class="card" aria-labelledby="findings-h">"#))
        #expect(
            html.contains(
                "<li><strong>Weaker side:</strong> the \(side.rawValue); one-sided exercises give it extra sets.</li>"))
        #expect(html.contains(#"<span class="badge archived">Not active</span>"#))
        #expect(
            html.contains(
                #"<input type="hidden" name="version" value="2"><button type="submit" class="primary">"#
                    + "Make version 2 active</button>"))

        var program = view.program
        program.findings = .none
        #expect(ProgramView(program: program, record: view.record, catalog: view.catalog).findingsSection.isEmpty)
    }

    @Test func thePrintViewListsTheBlocksWithoutForms() throws {
        let view = try Self.view()
        let html = ProgramPrintPage(clientName: "Dana <D>", view: view, leftOut: []).content.map(\.html).joined()
        #expect(
            html.hasPrefix(
                #"<div class="actions no-print"><button type="button" class="primary" id="print-button">Print</button>"#
            ))
        #expect(html.contains("<h1>Dana &lt;D&gt;: your back program</h1>"))
        let exercise = try #require(view.program.allExercises.first)
        let name = Node.text(exercise.name).html
        let dose = Node.text(view.doseText(exercise)).html
        #expect(html.contains(#"<h3>\#(name) — <span class="dose">\#(dose)</span></h3>"#))
        #expect(!html.contains("Change this exercise") && html.contains("Version 2, "))
    }
}
