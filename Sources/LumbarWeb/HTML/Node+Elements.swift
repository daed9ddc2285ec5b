/// The elements Lumbar's pages use, each a function so a page reads like the markup it writes.
/// Attributes come first (nil ones are left out), then the children. An element not listed here is
/// `Node.element("name", [attributes]) { children }`.
extension Node {
    static func element(
        _ name: String, _ attributes: [Attribute?], @NodeBuilder _ children: () -> [Node] = { [] }
    ) -> Node {
        .element(name, attributes, children())
    }

    // The document.
    static func html(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("html", a, c) }
    static func head(@NodeBuilder content c: () -> [Node]) -> Node { element("head", [], c) }
    static func title(_ text: String) -> Node { .element("title", [], [.text(text)]) }
    static func meta(_ a: Attribute?...) -> Node { .void("meta", a) }
    static func link(_ a: Attribute?...) -> Node { .void("link", a) }
    static func script(_ a: Attribute?...) -> Node { element("script", a) }
    static func noscript(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("noscript", a, c) }
    static func body(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("body", a, c) }

    // Sections.
    static func header(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("header", a, c) }
    static func nav(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("nav", a, c) }
    static func main(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("main", a, c) }
    static func footer(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("footer", a, c) }
    static func section(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("section", a, c) }
    static func article(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("article", a, c) }
    static func div(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("div", a, c) }
    static func figure(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("figure", a, c) }
    static func figcaption(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node {
        element("figcaption", a, c)
    }
    static func details(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("details", a, c) }
    static func summary(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("summary", a, c) }

    // Headings and text.
    static func h1(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("h1", a, c) }
    static func h2(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("h2", a, c) }
    static func h3(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("h3", a, c) }
    static func h4(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("h4", a, c) }
    static func p(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("p", a, c) }
    static func a(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("a", a, c) }
    static func span(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("span", a, c) }
    static func strong(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("strong", a, c) }
    static func em(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("em", a, c) }
    static func q(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("q", a, c) }
    static func code(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("code", a, c) }
    static func output(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("output", a, c) }
    static let br = Node.void("br", [])

    // Lists.
    static func ul(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("ul", a, c) }
    static func ol(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("ol", a, c) }
    static func li(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("li", a, c) }
    static func dl(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("dl", a, c) }
    static func dt(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("dt", a, c) }
    static func dd(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("dd", a, c) }

    // Tables.
    static func table(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("table", a, c) }
    static func caption(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("caption", a, c) }
    static func thead(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("thead", a, c) }
    static func tbody(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("tbody", a, c) }
    static func tr(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("tr", a, c) }
    static func th(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("th", a, c) }
    static func td(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("td", a, c) }

    // Forms. `input`, `select` and `textarea` also take an array, so a page can add the ARIA
    // attributes `FormErrors.aria` gives a field at fault.
    static func form(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("form", a, c) }
    static func fieldset(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("fieldset", a, c) }
    static func legend(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("legend", a, c) }
    static func label(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("label", a, c) }
    static func input(_ a: Attribute?...) -> Node { input(a) }
    static func input(_ a: [Attribute?]) -> Node { .void("input", a) }
    static func textarea(_ a: Attribute?..., text: String = "") -> Node { textarea(a, text: text) }
    static func textarea(_ a: [Attribute?], text: String = "") -> Node {
        .element("textarea", a, [.text(text)])
    }
    static func select(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("select", a, c) }
    static func select(_ a: [Attribute?], @NodeBuilder content c: () -> [Node]) -> Node { element("select", a, c) }
    static func option(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("option", a, c) }
    static func button(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("button", a, c) }
}
