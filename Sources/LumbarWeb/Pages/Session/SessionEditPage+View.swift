extension SessionEditPage {
    @NodeBuilder func content(csrf: String) -> [Node] {
        let path = "/clients/\(clientID)/sessions/\(sessionID)"
        Node.breadcrumb([("Clients", "/dashboard"), (clientName, "/clients/\(clientID)")], here: "Correct a session")
        Node.h1 { "Correct the session of \(PageDate.short(storedDate, withYear: true))" }
        Node.p {
            "Change what was logged wrongly. The exercises stay as they were logged; to change them, delete the "
                + "session and log it again."
        }
        errors.summary
        Node.form(.method("post"), .action(path), .class("stack"), .novalidate()) {
            Node.csrf(csrf)
            Node.div(.class("field")) {
                Node.label(.for("date")) { "Date" }
                Node.input(
                    [
                        .id("date"), .name("date"), .type("date"), .required(), .value(fields["date"] ?? ""),
                        Attribute(name: "min", value: dates.earliest.description),
                        Attribute(name: "max", value: dates.latest.description),
                    ] + errors.aria("date"))
                errors.error("date")
            }
            pain("painBefore", "Pain before (0–10)", required: true)
            pain("painAfter", "Pain after (0–10)", required: true)
            pain("painNextMorning", "Pain the next morning (0–10, empty when not known)", required: false)
            Node.div(.class("field")) {
                Node.label(.for("notes")) { "Notes" }
                Node.textarea(
                    [.id("notes"), .name("notes"), .rows(3), .maxlength(500)] + errors.aria("notes"),
                    text: fields["notes"] ?? "")
                errors.error("notes")
            }
            Node.div(.class("actions")) {
                Node.button(.type("submit"), .class("primary"), .id("save-session")) { "Save the correction" }
                Node.a(.class("button"), .href("/clients/\(clientID)")) { "Cancel" }
            }
        }
        Node.form(
            .method("post"), .action(path + "/delete"),
            .data("confirm", "Delete the session of \(storedDate)? This cannot be undone.")
        ) {
            Node.csrf(csrf)
            Node.p {
                "Logged by mistake? "
                Node.button(.type("submit"), .class("danger"), .id("delete-session")) { "Delete this session" }
            }
        }
    }

    private func pain(_ name: String, _ label: String, required: Bool) -> Node {
        .div(.class("field")) {
            Node.label(.for(name)) { label }
            Node.input(
                [
                    .id(name), .name(name), .type("number"), .inputmode("numeric"), .min(0), .max(10),
                    .required(required), .value(fields[name] ?? ""),
                ] + errors.aria(name))
            errors.error(name)
        }
    }
}
