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
            Node.field("Date", for: "date", errors: errors) { aria in
                .input(
                    [
                        .id("date"), .name("date"), .type("date"), .required(), .value(fields["date"] ?? ""),
                        Attribute(name: "min", value: dates.earliest.description),
                        Attribute(name: "max", value: dates.latest.description),
                    ] + aria)
            }
            pain("painBefore", "Pain before (0–10)", required: true)
            pain("painAfter", "Pain after (0–10)", required: true)
            pain("painNextMorning", "Pain the next morning (0–10, empty when not known)", required: false)
            Node.field("Notes", for: "notes", errors: errors) { aria in
                .textarea(
                    [.id("notes"), .name("notes"), .rows(3), .maxlength(500)] + aria, text: fields["notes"] ?? "")
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
        .field(label, for: name, errors: errors) { aria in
            .input(
                [
                    .id(name), .name(name), .type("number"), .inputmode("numeric"), .min(0), .max(10),
                    .required(required), .value(fields[name] ?? ""),
                ] + aria)
        }
    }
}
