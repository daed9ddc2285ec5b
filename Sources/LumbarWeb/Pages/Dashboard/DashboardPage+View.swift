extension DashboardPage {
    @NodeBuilder func content(csrf: String) -> [Node] {
        Node.h1 { "Clients" }
        PageNotice.shown(notice)
        search
        if rows.isEmpty {
            Node.p(.class("notice")) { filtered ? "No client matches." : "No clients yet: add the first one below." }
        } else {
            Node.p(.class("hint")) {
                "Emergencies and alerts come first. \"Last 7 days\" counts sessions against the plan."
            }
            Node.div(.class("table-wrap")) { table }
        }
        addClient(csrf: csrf)
    }

    private var search: Node {
        .form(.method("get"), .action("/dashboard"), .class("card"), .role("search"), .aria("label", "Find clients")) {
            Node.div(.class("inline")) {
                Node.div(.class("field")) {
                    Node.label(.for("q")) { "Name" }
                    Node.input(.id("q"), .name("q"), .type("search"), .value(text ?? ""), .maxlength(100))
                }
                Node.div(.class("field")) {
                    Node.label(.for("status")) { "Status" }
                    Node.select(.id("status"), .name("status")) {
                        Node.option(.value("")) { "All but archived" }
                        for status in statuses {
                            Node.option(.value(status.value), .selected(status.value == filter)) { status.label }
                        }
                    }
                }
                Node.button(.type("submit")) { "Find" }
                if filtered { Node.a(.href("/dashboard")) { "Show all" } }
            }
        }
    }

    /// On a phone each row becomes a card (app.css); the roles keep it a table to screen readers.
    private var table: Node {
        .table(.id("clients"), .role("table")) {
            Node.thead(.role("rowgroup")) {
                Node.tr(.role("row")) {
                    for column in ["Client", "Status", "Last pain", "Trend", "Last 7 days"] {
                        Node.th(.scope("col"), .role("columnheader")) { column }
                    }
                    Node.th(.scope("col"), .role("columnheader"), .class("hide-small")) { "Last session" }
                    Node.th(.scope("col"), .role("columnheader")) { "Next" }
                }
            }
            Node.tbody(.role("rowgroup")) {
                for row in rows { row.node }
            }
        }
    }

    private func addClient(csrf: String) -> Node {
        .section(.class("card"), .aria("labelledby", "add-h"), .id("add")) {
            Node.h2(.id("add-h")) { "Add a client" }
            errors.summary
            Node.form(.method("post"), .action("/clients"), .class("stack"), .novalidate()) {
                Node.csrf(csrf)
                Node.div(.class("inline")) {
                    Node.field("Name", for: "new-name", name: "name", errors: errors) { aria in
                        .input([.id("new-name"), .name("name"), .required(), .maxlength(200), .value(newName)] + aria)
                    }
                    Node.field("Age (optional)", for: "new-age", name: "age", errors: errors) { aria in
                        .input(
                            [
                                .id("new-age"), .name("age"), .type("number"), .inputmode("numeric"), .min(1),
                                .max(120), .value(newAge),
                            ] + aria)
                    }
                }
                Node.field("Notes (optional)", for: "new-notes", name: "notes", errors: errors) { aria in
                    .textarea([.id("new-notes"), .name("notes"), .rows(2), .maxlength(2000)] + aria, text: newNotes)
                }
                Node.button(.type("submit"), .class("primary")) { "Add and assess" }
            }
        }
    }
}
