/// The attributes Lumbar's pages use. A function that takes a `Bool` answers nil when it is false,
/// so a page writes `.selected(isChosen)` instead of an `if` around the element.
extension Attribute {
    static func `class`(_ value: String) -> Attribute { Attribute(name: "class", value: value) }
    static func id(_ value: String) -> Attribute { Attribute(name: "id", value: value) }
    static func href(_ value: String) -> Attribute { Attribute(name: "href", value: value) }
    static func src(_ value: String) -> Attribute { Attribute(name: "src", value: value) }
    static func rel(_ value: String) -> Attribute { Attribute(name: "rel", value: value) }
    static func media(_ value: String) -> Attribute { Attribute(name: "media", value: value) }
    static func name(_ value: String) -> Attribute { Attribute(name: "name", value: value) }
    static func value(_ value: String) -> Attribute { Attribute(name: "value", value: value) }
    static func type(_ value: String) -> Attribute { Attribute(name: "type", value: value) }
    static func role(_ value: String) -> Attribute { Attribute(name: "role", value: value) }
    static func action(_ value: String) -> Attribute { Attribute(name: "action", value: value) }
    static func method(_ value: String) -> Attribute { Attribute(name: "method", value: value) }
    static func `for`(_ value: String) -> Attribute { Attribute(name: "for", value: value) }
    static func lang(_ value: String) -> Attribute { Attribute(name: "lang", value: value) }
    static func content(_ value: String) -> Attribute { Attribute(name: "content", value: value) }
    static func charset(_ value: String) -> Attribute { Attribute(name: "charset", value: value) }
    static func tabindex(_ value: Int) -> Attribute { Attribute(name: "tabindex", value: String(value)) }
    static func maxlength(_ value: Int) -> Attribute { Attribute(name: "maxlength", value: String(value)) }
    /// `aria-label`, `aria-describedby`, …
    static func aria(_ name: String, _ value: String) -> Attribute { Attribute(name: "aria-" + name, value: value) }

    static func selected(_ on: Bool) -> Attribute? { on ? Attribute(name: "selected", value: nil) : nil }
    static func required(_ on: Bool = true) -> Attribute? { on ? Attribute(name: "required", value: nil) : nil }
    static func `defer`(_ on: Bool = true) -> Attribute? { on ? Attribute(name: "defer", value: nil) : nil }
}
