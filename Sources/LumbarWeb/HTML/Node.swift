/// Lumbar's typed HTML: a page is a tree of nodes built in Swift, and writing it escapes every text
/// and every attribute value exactly once, so nothing a person typed can end an element or an
/// attribute. Elements and attributes are Swift functions (`Node.div`, `Attribute.href`), so a
/// misspelt one does not compile. Markup that did not come from a node (the SVG charts, for now)
/// enters only as `TrustedMarkup`, which only this target can make.
enum Node {
    /// An element with its attributes and children.
    case element(String, [Attribute], [Node])
    /// An element that has no children and no closing tag (`input`, `meta`, `link`).
    case void(String, [Attribute])
    /// An SVG element without children, closed in its own tag (`<line … />`).
    case selfClosing(String, [Attribute])
    /// Text, escaped when written.
    case text(String)
    /// Markup this code wrote, written as it is.
    case trusted(TrustedMarkup)
    /// Several nodes side by side, with no element around them.
    case fragment([Node])

    /// The markup of this node.
    var html: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case .element(let name, let attributes, let children):
            Self.open(name, attributes, to: &out)
            for child in children { child.write(to: &out) }
            out += "</"
            out += name
            out += ">"
        case .void(let name, let attributes):
            Self.open(name, attributes, to: &out)
        case .selfClosing(let name, let attributes):
            Self.open(name, attributes, closed: true, to: &out)
        case .text(let text):
            Escaping.appendHTML(text, to: &out)
        case .trusted(let markup):
            out += markup.html
        case .fragment(let nodes):
            for node in nodes { node.write(to: &out) }
        }
    }

    private static func open(_ name: String, _ attributes: [Attribute], closed: Bool = false, to out: inout String) {
        out += "<"
        out += name
        for attribute in attributes {
            out += " "
            out += attribute.name
            if let value = attribute.value {
                out += "=\""
                Escaping.appendHTML(value, to: &out)
                out += "\""
            }
        }
        out += closed ? "/>" : ">"
    }
}

/// Markup written by Lumbar's own code (the charts), never text from a person or the catalog.
struct TrustedMarkup {
    let html: String
}

/// One attribute; a nil value writes the name alone (`selected`, `required`).
struct Attribute {
    let name: String
    let value: String?
}

/// Lets a page's children be listed as statements, with `if`, `for` and plain strings (text).
@resultBuilder
enum NodeBuilder {
    static func buildExpression(_ node: Node) -> [Node] { [node] }
    static func buildExpression(_ text: String) -> [Node] { [.text(text)] }
    static func buildExpression(_ nodes: [Node]) -> [Node] { nodes }
    static func buildBlock(_ parts: [Node]...) -> [Node] { parts.flatMap { $0 } }
    static func buildOptional(_ part: [Node]?) -> [Node] { part ?? [] }
    static func buildEither(first part: [Node]) -> [Node] { part }
    static func buildEither(second part: [Node]) -> [Node] { part }
    static func buildArray(_ parts: [[Node]]) -> [Node] { parts.flatMap { $0 } }
}
