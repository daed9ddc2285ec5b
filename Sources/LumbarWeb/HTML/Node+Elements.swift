/// The elements Lumbar's pages use, each a function so a page reads like the markup it writes.
/// Attributes come first (nil ones are left out), then the children.
extension Node {
    static func element(
        _ name: String, _ attributes: [Attribute?], @NodeBuilder _ children: () -> [Node] = { [] }
    ) -> Node {
        .element(name, attributes.compactMap { $0 }, children())
    }

    static func html(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("html", a, c) }
    static func head(@NodeBuilder content c: () -> [Node]) -> Node { element("head", [], c) }
    static func title(_ text: String) -> Node { .element("title", [], [.text(text)]) }
    static func meta(_ a: Attribute?...) -> Node { .void("meta", a.compactMap { $0 }) }
    static func link(_ a: Attribute?...) -> Node { .void("link", a.compactMap { $0 }) }
    static func script(_ a: Attribute?...) -> Node { element("script", a) }
    static func body(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("body", a, c) }
    static func header(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("header", a, c) }
    static func nav(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("nav", a, c) }
    static func main(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("main", a, c) }
    static func footer(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("footer", a, c) }
    static func article(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("article", a, c) }
    static func div(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("div", a, c) }
    static func h1(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("h1", a, c) }
    static func h2(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("h2", a, c) }
    static func p(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("p", a, c) }
    static func ul(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("ul", a, c) }
    static func li(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("li", a, c) }
    static func a(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("a", a, c) }
    static func span(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("span", a, c) }
    static func strong(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("strong", a, c) }
    static func form(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("form", a, c) }
    static func label(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("label", a, c) }
    static func input(_ a: Attribute?...) -> Node { .void("input", a.compactMap { $0 }) }
    static func select(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("select", a, c) }
    static func option(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("option", a, c) }
    static func button(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("button", a, c) }
}
