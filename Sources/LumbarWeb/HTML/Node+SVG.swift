/// The SVG elements and attributes the charts use, on the same writer as the pages, so a chart's
/// text is escaped like any other. Coordinates are written with at most one decimal and always a
/// dot, so a drawing reads the same in every locale and stays small.
extension Node {
    /// An inline SVG drawing of `width` × `height` units that scales to its container.
    static func svg(
        width: Double, height: Double, _ a: Attribute?..., @NodeBuilder content c: () -> [Node]
    ) -> Node {
        let frame: [Attribute?] = [
            Attribute(name: "xmlns", value: "http://www.w3.org/2000/svg"),
            Attribute(name: "viewBox", value: "0 0 \(Attribute.number(width)) \(Attribute.number(height))"),
        ]
        return element("svg", frame + a, c)
    }
    static func g(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("g", a, c) }
    static func desc(_ text: String) -> Node { .element("desc", [], [.text(text)]) }
    /// `<text>`: SVG's text element (the name `text` is the node case for plain text).
    static func svgText(_ a: Attribute?..., @NodeBuilder content c: () -> [Node]) -> Node { element("text", a, c) }
    static func line(x1: Double, y1: Double, x2: Double, y2: Double, _ a: Attribute?...) -> Node {
        shape("line", a + [.number("x1", x1), .number("y1", y1), .number("x2", x2), .number("y2", y2)])
    }
    static func rect(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { shape("rect", a, c) }
    static func circle(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node {
        shape("circle", a, c)
    }
    static func polygon(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node {
        shape("polygon", a, c)
    }
    static func polyline(_ a: Attribute?...) -> Node { shape("polyline", a) }

    /// A shape closes in its own tag unless it has children (a tooltip's `title`).
    private static func shape(
        _ name: String, _ attributes: [Attribute?], @NodeBuilder _ children: () -> [Node] = { [] }
    ) -> Node {
        let children = children()
        return children.isEmpty ? .selfClosing(name, attributes) : .element(name, attributes, children)
    }
}

extension Attribute {
    /// A coordinate or length attribute (`x`, `cy`, `width`, …).
    static func number(_ name: String, _ value: Double) -> Attribute { Attribute(name: name, .number(value)) }

    /// `points="x,y x,y …"` for a polygon or polyline.
    static func points(_ points: [(x: Double, y: Double)]) -> Attribute { Attribute(name: "points", .points(points)) }

    /// `start`, `middle` or `end`: where a text sits against its x.
    static func textAnchor(_ value: String) -> Attribute { Attribute(name: "text-anchor", value: value) }
    static func strokeDasharray(_ value: String) -> Attribute { Attribute(name: "stroke-dasharray", value: value) }

    /// A number as `number(_:_:)` writes it, for text built around one (a view box).
    static func number(_ value: Double) -> String {
        var out = HTMLOutput(capacity: 8)
        out.number(value)
        return out.string
    }
}
