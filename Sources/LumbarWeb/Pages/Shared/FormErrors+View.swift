/// How a form shows its problems: a summary at the top that takes the focus (`forms.js`), so a
/// screen-reader user hears every problem at once, and beside each field at fault its message,
/// tied to the control by `aria-describedby`.
extension FormErrors {
    /// The summary, or nothing when the form has no problem.
    @NodeBuilder var summary: [Node] {
        if !isEmpty {
            Node.div(.class("error-summary"), .role("alert"), .tabindex(-1), .id("error-summary")) {
                Node.h2 { "Please check the form" }
                Node.ul {
                    for line in summaryLines {
                        Node.li {
                            if let target = line.target { Node.a(.href("#\(target)")) { line.text } } else { line.text }
                        }
                    }
                }
            }
        }
    }

    /// `aria-invalid` and `aria-describedby` for the control of `field` (whose element id is `id`,
    /// the field's name unless given): the hint's id first when it has one, then the error's.
    func aria(_ field: String, id: String? = nil, hint: String? = nil) -> [Attribute?] {
        let id = id ?? field
        let invalid = message(field) != nil
        let described = [hint, invalid ? "\(id)-error" : nil].compactMap { $0 }
        return [
            invalid ? .aria("invalid", "true") : nil,
            described.isEmpty ? nil : .aria("describedby", described.joined(separator: " ")),
        ]
    }

    /// The message beside `field`, with the id `aria(_:id:hint:)` points to.
    @NodeBuilder func error(_ field: String, id: String? = nil) -> [Node] {
        if let message = message(field) {
            Node.p(.class("field-error"), .id("\(id ?? field)-error")) { message }
        }
    }
}

extension PageNotice {
    /// The notice a redirect asked for (`?notice=…`), as a polite status message.
    @NodeBuilder static func shown(_ notice: PageNotice?) -> [Node] {
        if let notice {
            Node.div(.class("notice ok"), .role("status")) { Node.p { notice.text } }
        }
    }
}

extension Node {
    /// The hidden field that carries the CSRF token every form post must echo.
    static func csrf(_ token: String) -> Node {
        .input(.type("hidden"), .name(BrowserSession.csrfField), .value(token))
    }
}

extension Node {
    /// One labelled field: the label, the control, its hint and its message when at fault.
    /// `control` gets the ARIA attributes that tie it to the hint and the message.
    static func field(
        _ label: String, for id: String, name field: String? = nil, errors: FormErrors,
        hint: (id: String, text: String)? = nil, control: ([Attribute?]) -> Node
    ) -> Node {
        let field = field ?? id
        return .div(.class("field")) {
            Node.label(.for(id)) { label }
            control(errors.aria(field, id: id, hint: hint?.id))
            if let hint { Node.p(.class("hint"), .id(hint.id)) { hint.text } }
            errors.error(field, id: id)
        }
    }
}
