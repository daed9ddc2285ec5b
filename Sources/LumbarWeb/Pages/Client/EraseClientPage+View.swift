extension EraseClientPage {
    @NodeBuilder func content(csrf: String) -> [Node] {
        let page = "/clients/\(clientID)"
        Node.breadcrumb([("Clients", "/dashboard"), (clientName, page)], here: "Erase")
        Node.h1 { "Erase \(clientName) for good" }
        errors.summary
        Node.div(.class("notice stop")) {
            Node.p {
                "Erasing deletes \(clientName) and everything held about them: every assessment and clearance, every "
                    + "version of their program, every logged session, and their share links, which stop working at "
                    + "once. It cannot be undone, and no backup made after now will hold them."
            }
        }
        Node.p {
            "Before you erase, you may want to "
            Node.a(.href(page + "/export"), Attribute(name: "download", value: nil)) {
                "download all of \(clientName)'s data"
            }
            " to give to them."
        }
        if !archived {
            Node.p {
                "To stop working with \(clientName) but keep their history, "
                Node.a(.href(page)) { "archive them" }
                " instead; an archive can be restored."
            }
        }
        Node.form(.method("post"), .action(page + "/erase"), .class("stack"), .novalidate()) {
            Node.csrf(csrf)
            Node.div(.class("field")) {
                Node.label(.for("confirmName")) {
                    "Type "
                    Node.strong { clientName }
                    " to confirm"
                }
                Node.input(
                    [
                        .id("confirmName"), .name("confirmName"), .type("text"), .autocomplete("off"),
                        Attribute(name: "spellcheck", value: "false"), .required(), .value(typed),
                    ] + errors.aria("confirmName"))
                errors.error("confirmName")
            }
            Node.div(.class("actions")) {
                Node.button(.type("submit"), .class("danger"), .id("erase-client")) { "Erase \(clientName)" }
                Node.a(.class("button"), .href(page)) { "Cancel" }
            }
        }
    }
}
