/// Lumbar's typed HTML: a page is a tree of nodes built in Swift, and writing it escapes every text
/// and every attribute value exactly once, so nothing a person typed can end an element or an
/// attribute. Elements and attributes are Swift functions (`Node.div`, `Attribute.href`), so a
/// misspelt one does not compile. Markup that did not come from a node (the share page's plan, JSON
/// in a `<script>`) enters only as `TrustedMarkup`, which only this target can make.
///
/// Attributes are kept as given, nil ones included, and skipped when written: a page builds
/// thousands of elements (a year of sessions, a chart's points), and leaving out the nils first
/// cost an array for each.
enum Node {
    /// An element with its attributes and children.
    case element(String, [Attribute?], [Node])
    /// An element that has no children and no closing tag (`input`, `meta`, `link`).
    case void(String, [Attribute?])
    /// An SVG element without children, closed in its own tag (`<line … />`).
    case selfClosing(String, [Attribute?])
    /// Text, escaped when written.
    case text(String)
    /// Markup this code wrote, written as it is.
    case trusted(TrustedMarkup)
    /// Several nodes side by side, with no element around them.
    case fragment([Node])

    /// The markup of this node.
    var html: String {
        var out = HTMLOutput(capacity: 4096)
        write(to: &out)
        return out.string
    }

    func write(to out: inout HTMLOutput) {
        switch self {
        case .element(let name, let attributes, let children):
            Self.open(name, attributes, to: &out)
            for child in children { child.write(to: &out) }
            out.raw("</")
            out.raw(name)
            out.raw(">")
        case .void(let name, let attributes):
            Self.open(name, attributes, to: &out)
        case .selfClosing(let name, let attributes):
            Self.open(name, attributes, closed: true, to: &out)
        case .text(let text):
            out.escaped(text)
        case .trusted(let markup):
            out.raw(markup.html)
        case .fragment(let nodes):
            for node in nodes { node.write(to: &out) }
        }
    }

    private static func open(
        _ name: String, _ attributes: [Attribute?], closed: Bool = false, to out: inout HTMLOutput
    ) {
        out.raw("<")
        out.raw(name)
        for case let attribute? in attributes {
            out.raw(" ")
            out.raw(attribute.name)
            guard let value = attribute.value else { continue }
            out.raw("=\"")
            switch value {
            case .text(let text): out.escaped(text)
            case .number(let number): out.number(number)
            case .points(let points):
                for (index, point) in points.enumerated() {
                    if index > 0 { out.raw(" ") }
                    out.number(point.x)
                    out.raw(",")
                    out.number(point.y)
                }
            }
            out.raw("\"")
        }
        out.raw(closed ? "/>" : ">")
    }
}

/// Markup written by Lumbar's own code and escaped by it (the share page's plan), never text from a
/// person or the catalog as it is.
struct TrustedMarkup {
    let html: String
}

/// One attribute; a nil value writes the name alone (`selected`, `required`). A drawing's numbers
/// stay numbers until the page is written, so a chart's thousand coordinates need no string each.
struct Attribute {
    enum Value {
        case text(String)
        /// At most one decimal, always with a dot (`HTMLOutput.number`).
        case number(Double)
        /// `x,y x,y …` for a polygon or polyline.
        case points([(x: Double, y: Double)])
    }

    let name: String
    let value: Value?

    init(name: String, value: String?) {
        self.name = name
        self.value = value.map(Value.text)
    }

    init(name: String, _ value: Value) {
        self.name = name
        self.value = value
    }
}

/// Lets a page's children be listed as statements, with `if`, `for` and plain strings (text).
/// Each block becomes one array of its nodes (a `.fragment`, flattened when written), not an array
/// per statement: a year-long history page builds thousands of blocks.
@resultBuilder
enum NodeBuilder {
    static func buildExpression(_ node: Node) -> Node { node }
    static func buildExpression(_ text: String) -> Node { .text(text) }
    static func buildExpression(_ nodes: [Node]) -> Node { .fragment(nodes) }
    static func buildBlock(_ parts: Node...) -> Node { parts.count == 1 ? parts[0] : .fragment(parts) }
    static func buildOptional(_ part: Node?) -> Node { part ?? .fragment([]) }
    static func buildEither(first part: Node) -> Node { part }
    static func buildEither(second part: Node) -> Node { part }
    static func buildArray(_ parts: [Node]) -> Node { .fragment(parts) }
    static func buildFinalResult(_ node: Node) -> [Node] {
        if case .fragment(let nodes) = node { return nodes }
        return [node]
    }
}
