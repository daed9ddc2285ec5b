/// The attributes Lumbar's pages use. A function that takes a `Bool` answers nil when it is false,
/// so a page writes `.selected(isChosen)` instead of an `if` around the element. An attribute not
/// listed here is `Attribute(name: "…", value: "…")`.
extension Attribute {
    static func `class`(_ value: String) -> Attribute { Attribute(name: "class", value: value) }
    static func id(_ value: String) -> Attribute { Attribute(name: "id", value: value) }
    static func href(_ value: String) -> Attribute { Attribute(name: "href", value: value) }
    static func src(_ value: String) -> Attribute { Attribute(name: "src", value: value) }
    static func rel(_ value: String) -> Attribute { Attribute(name: "rel", value: value) }
    static func media(_ value: String) -> Attribute { Attribute(name: "media", value: value) }
    static func name(_ value: String) -> Attribute { Attribute(name: "name", value: value) }
    static func value(_ value: String) -> Attribute { Attribute(name: "value", value: value) }
    static func value(_ value: Int) -> Attribute { Attribute(name: "value", value: String(value)) }
    static func type(_ value: String) -> Attribute { Attribute(name: "type", value: value) }
    static func role(_ value: String) -> Attribute { Attribute(name: "role", value: value) }
    static func action(_ value: String) -> Attribute { Attribute(name: "action", value: value) }
    static func method(_ value: String) -> Attribute { Attribute(name: "method", value: value) }
    static func `for`(_ value: String) -> Attribute { Attribute(name: "for", value: value) }
    static func lang(_ value: String) -> Attribute { Attribute(name: "lang", value: value) }
    static func content(_ value: String) -> Attribute { Attribute(name: "content", value: value) }
    static func charset(_ value: String) -> Attribute { Attribute(name: "charset", value: value) }
    static func title(_ value: String) -> Attribute { Attribute(name: "title", value: value) }
    static func scope(_ value: String) -> Attribute { Attribute(name: "scope", value: value) }
    static func autocomplete(_ value: String) -> Attribute { Attribute(name: "autocomplete", value: value) }
    static func inputmode(_ value: String) -> Attribute { Attribute(name: "inputmode", value: value) }
    static func placeholder(_ value: String) -> Attribute { Attribute(name: "placeholder", value: value) }
    static func form(_ value: String) -> Attribute { Attribute(name: "form", value: value) }
    static func tabindex(_ value: Int) -> Attribute { Attribute(name: "tabindex", value: String(value)) }
    static func maxlength(_ value: Int) -> Attribute { Attribute(name: "maxlength", value: String(value)) }
    static func minlength(_ value: Int) -> Attribute { Attribute(name: "minlength", value: String(value)) }
    static func rows(_ value: Int) -> Attribute { Attribute(name: "rows", value: String(value)) }
    static func colspan(_ value: Int) -> Attribute { Attribute(name: "colspan", value: String(value)) }
    static func min(_ value: Int) -> Attribute { Attribute(name: "min", value: String(value)) }
    static func max(_ value: Int) -> Attribute { Attribute(name: "max", value: String(value)) }
    static func step(_ value: Int) -> Attribute { Attribute(name: "step", value: String(value)) }
    /// `aria-label`, `aria-describedby`, …
    static func aria(_ name: String, _ value: String) -> Attribute { Attribute(name: "aria-" + name, value: value) }
    /// `data-…`, read by the page's script.
    static func data(_ name: String, _ value: String) -> Attribute { Attribute(name: "data-" + name, value: value) }

    static func selected(_ on: Bool) -> Attribute? { flag("selected", on) }
    static func checked(_ on: Bool) -> Attribute? { flag("checked", on) }
    static func disabled(_ on: Bool = true) -> Attribute? { flag("disabled", on) }
    static func hidden(_ on: Bool = true) -> Attribute? { flag("hidden", on) }
    static func open(_ on: Bool = true) -> Attribute? { flag("open", on) }
    static func required(_ on: Bool = true) -> Attribute? { flag("required", on) }
    static func novalidate(_ on: Bool = true) -> Attribute? { flag("novalidate", on) }
    static func `defer`(_ on: Bool = true) -> Attribute? { flag("defer", on) }

    private static func flag(_ name: String, _ on: Bool) -> Attribute? { on ? Attribute(name: name, value: nil) : nil }
}
