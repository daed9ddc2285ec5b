import Foundation
import LumbarCore
import Testing

@testable import LumbarWeb

/// The typed HTML writes every text and attribute value escaped once, whatever it holds: the
/// reason it exists (Plot 0.14.0 writes attribute values as they are; docs/architecture.md).
@Suite struct TypedHTMLTests {
    @Test func textAndAttributeValuesAreEscapedOnce() {
        let hostile = #"Tom "the rock" O'Neil <b>&amp; co</b>"#
        let html = Node.p(.class(hostile), .id("x")) { hostile }.html
        let escaped = "Tom &quot;the rock&quot; O&#39;Neil &lt;b&gt;&amp;amp; co&lt;/b&gt;"
        #expect(html == #"<p class="\#(escaped)" id="x">\#(escaped)</p>"#)
    }

    @Test func flagsVoidElementsAndFragments() {
        let html = Node.select(.name("phase")) {
            Node.option(.value("a"), .selected(true)) { "A" }
            Node.option(.value("b"), .selected(false)) { "B" }
        }.html
        #expect(
            html == #"<select name="phase"><option value="a" selected>A</option><option value="b">B</option></select>"#)
        #expect(
            Node.input(.type("hidden"), .name("_csrf"), .value("t<k>"), .required(false)).html
                == #"<input type="hidden" name="_csrf" value="t&lt;k&gt;">"#)
        #expect(Node.fragment([.text("a & "), .trusted(TrustedMarkup(html: "<svg/>"))]).html == "a &amp; <svg/>")
    }

    @Test func theLayoutShowsTheSignedInHeaderOnlyToTheSignedIn() throws {
        let assets = StaticFiles.bundled()
        let visitor = SiteLayout(title: "A <title>", csrf: "t", signedIn: nil, assets: assets).document { "hi" }
        #expect(visitor.hasPrefix("<!doctype html>\n<html lang=\"en\"><head>"))
        #expect(visitor.contains("<title>A &lt;title&gt; · Lumbar</title>"))
        #expect(!visitor.contains("Sign out") && visitor.contains(#"<main id="main" tabindex="-1">hi</main>"#))
        let trainer = SiteLayout(title: "T", bodyClass: "narrow", csrf: "tok", signedIn: "Sam \"S\"", assets: assets)
            .document { "hi" }
        #expect(trainer.contains(#"<body class="narrow">"#))
        #expect(trainer.contains(#"<input type="hidden" name="_csrf" value="tok">"#))
        #expect(trainer.contains(#"<a class="who" href="/account">Sam &quot;S&quot;</a>"#))
    }

    @Test func theErrorPageShowsTheMessageAndNoSignedInHeader() async throws {
        try await withApp(.sqlite) { api in
            var browser = Browser(api)
            try await browser.signUp()
            let reply = try await browser.get("/programs/\(UUID().uuidString)")
            #expect(reply.status == .notFound)
            #expect(reply.text.hasPrefix("<!doctype html>") && reply.text.contains("<h1>Not found</h1>"))
            #expect(
                reply.text.contains(#"<p class="lead">"#) && reply.text.contains(#"<a href="/">Back to Lumbar</a>"#))
            #expect(!reply.text.contains("Sign out"))
        }
    }

    @Test func catalogArticlesCarryEachExercisesAnchorAndNeighbours() throws {
        let catalog = try Catalog.bundled()
        let exercise = try #require(catalog.exercises.first { $0.progression != nil })
        let nextID = try #require(exercise.progression)
        let next = try #require(catalog[nextID])
        let page = CatalogPage(catalog, filter: CatalogPage.Filter())
        let html = page.article(exercise).html
        #expect(html.hasPrefix(#"<article class="card phase \#(exercise.phase.rawValue)" id="\#(exercise.id)">"#))
        #expect(html.contains("<h2>\(Escaping.html(exercise.name))</h2>"))
        #expect(html.contains(#"Harder: <a href="/catalog#\#(next.id)">\#(Escaping.html(next.name))</a>"#))
        #expect(html.hasSuffix("</article>"))
        #expect(page.exercises.count == catalog.exercises.count)
    }

    @Test func catalogFiltersCombine() throws {
        let catalog = try Catalog.bundled()
        let page = CatalogPage(catalog, filter: CatalogPage.Filter(phase: .inhibit, text: "hip"))
        #expect(!page.exercises.isEmpty && page.exercises.allSatisfy { $0.phase == .inhibit })
        #expect(page.phases.filter(\.selected).map(\.value) == ["inhibit"])
        let none = CatalogPage(catalog, filter: CatalogPage.Filter(text: "no such exercise at all"))
        #expect(none.exercises.isEmpty && none.content.map(\.html).joined().contains("0 of \(catalog.exercises.count)"))
    }
}
