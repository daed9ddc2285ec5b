import Foundation
import LumbarApp
import LumbarCore
import LumbarJSON
import Testing

@testable import LumbarWeb

/// The one escape of the pages: everything given as text comes out escaped for both element content
/// and quoted attributes.
@Suite struct EscapingTests {
    @Test func escapesTheFiveCharactersThatEndTextOrAnAttribute() {
        #expect(
            Escaping.html(#"<a href="x">Tom & Jerry's</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(Escaping.html("&amp;") == "&amp;amp;", "already escaped text is escaped again")
    }

    @Test func leavesOtherTextAlone() {
        for text in ["", "plain", "Dead bug · 2 × 8 reps — 30 s", "émoji 😀 and ünïcode", "line\nbreak"] {
            #expect(Escaping.html(text) == text)
        }
        #expect(Escaping.html("é<😀>") == "é&lt;😀&gt;")
    }

    @Test func attributeValuesCannotEndTheirQuotes() {
        let node = Node.option(.value(#"x" onmouseover="alert(1)"#)) { "42" }
        #expect(node.html == #"<option value="x&quot; onmouseover=&quot;alert(1)">42</option>"#)
    }

    @Test func sessionRowsAreNewestFirstWithEscapedNotes() throws {
        let older = HistoryEntry(
            id: try #require(UUID(uuidString: "00000000-0000-0000-0000-0000000000AA")),
            pain: SessionPain(
                date: try #require(CivilDate("2026-01-05")), painBefore: 4, painAfter: 3, painNextMorning: nil,
                highestPainDuring: nil),
            exercisesLogged: 0, exercisesDone: 0, notes: nil)
        let newer = HistoryEntry(
            id: try #require(UUID(uuidString: "00000000-0000-0000-0000-0000000000BB")),
            pain: SessionPain(
                date: try #require(CivilDate("2026-01-07")), painBefore: 3, painAfter: 2, painNextMorning: 1,
                highestPainDuring: 2),
            exercisesLogged: 5, exercisesDone: 4, notes: "<b>felt fine</b>")
        let html = Node.fragment(SessionHistoryRows.rows([older, newer], clientID: "c1", csrf: "t<k>")).html
        func path(_ id: String) -> String { "/clients/c1/sessions/00000000-0000-0000-0000-0000000000\(id)" }
        func actions(_ id: String, _ date: String) -> String {
            let path = path(id)
            return
                #"<td class="row-actions hide-small"><a href="\#(path)/edit">Correct<span class="visually-hidden"> the session "#
                + #"of \#(date)</span></a> <form method="post" action="\#(path)/delete" class="inline-form" "#
                + #"data-confirm="Delete the session of \#(date)? This cannot be undone."><input type="hidden" "#
                + #"name="_csrf" value="t&lt;k&gt;"><button type="submit" class="link danger">Delete<span "#
                + #"class="visually-hidden"> the session of \#(date)</span></button></form></td></tr>"#
        }
        #expect(
            html
                == #"<tr><td><a href="\#(path("bb"))">2026-01-07</a></td><td>3</td><td>2</td><td>1</td><td>5</td>"#
                + #"<td class="hide-small">&lt;b&gt;felt fine&lt;/b&gt;</td>"# + actions("bb", "2026-01-07")
                + #"<tr><td><a href="\#(path("aa"))">2026-01-05</a></td><td>4</td><td>3</td><td>—</td><td>0</td>"#
                + #"<td class="hide-small"></td>"# + actions("aa", "2026-01-05"))
    }
}

/// The share page's plan sits unescaped inside a `<script type="application/json">` element.
@Suite struct ScriptJSONTests {
    @Test func markupCharactersBecomeJSONEscapes() throws {
        let value = JSONValue.object([("name", .string("</script><b>Tom & Jerry</b>")), ("n", .int(2))])
        let json = SharePage.scriptJSON(value)
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        #expect(json.contains(#"\u003c/script\u003e\u003cb\u003eTom \u0026 Jerry\u003c/b\u003e"#))
        // The escapes mean the same to a JSON reader.
        #expect(try JSONParser.parse(json) == value)
    }

    @Test func plainJSONIsLeftAsWritten() {
        let value = JSONValue.object([("cue", .string("Knees over toes · 30 s — é"))])
        #expect(SharePage.scriptJSON(value) == JSONWriter.string(value, pretty: false))
    }
}
