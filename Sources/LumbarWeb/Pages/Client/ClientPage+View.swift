import LumbarApp
import LumbarCore

extension ClientPage {
    @NodeBuilder func content(csrf: String) -> [Node] {
        let name = client.name
        Node.breadcrumb([("Clients", "/dashboard")], here: name)
        Node.h1 {
            let badge = ClientView.badge(ClientBadge(status, alerts: alerts))
            "\(name) "
            Node.span(.class("badge \(badge.className)")) { badge.label }
        }
        if let age = client.age { Node.p { "Age \(age)." } }
        if let notes = client.notes, !notes.isEmpty { Node.p(.class("muted")) { notes } }
        if let notice, !notice.isEmpty { Node.div(.class("notice ok"), .role("status")) { Node.p { notice } } }
        if let problem, !problem.isEmpty { Node.div(.class("notice stop"), .role("alert")) { Node.p { problem } } }
        if let newShareLink, !newShareLink.isEmpty {
            Node.div(.class("notice ok"), .role("status"), .id("new-link")) {
                Node.h2 { "Share link created" }
                Node.p {
                    "Send this address to \(name). It is shown only now; Lumbar keeps only a fingerprint of it."
                }
                Node.code(.class("secret"), .id("share-url")) { newShareLink }
                // Shown by forms.js where the browser can copy.
                Node.p(.class("actions")) {
                    Node.button(.type("button"), .id("copy-link"), .data("copy", "share-url"), .hidden()) {
                        "Copy the link"
                    }
                }
            }
        }
        standing(csrf: csrf)
        if !alerts.isEmpty {
            Node.div(.class("notice warn"), .role("alert"), .id("alerts")) {
                Node.h2 { "Alerts" }
                Node.ul { for alert in alerts { Node.li { alert } } }
            }
        }
        if let program { programCard(program, csrf: csrf) }
        if !clearances.isEmpty && !detailsPending {
            Node.section(.class("card"), .id("clearances"), .aria("labelledby", "clearances-h")) {
                Node.h2(.id("clearances-h")) { "Medical clearance" }
                Node.ul {
                    for clearance in clearances {
                        Node.li {
                            Node.strong { "\(clearance.day): " }
                            Node.q { clearance.note }
                        }
                    }
                }
            }
        }
        if !decisions.isEmpty {
            Node.section(.class("card"), .id("decisions"), .aria("labelledby", "decisions-h")) {
                Node.h2(.id("decisions-h")) { "Latest progression decisions" }
                Node.ul {
                    for decision in decisions {
                        Node.li {
                            Node.strong { decision.exercise }
                            ": "
                            Node.span(.class("verdict \(decision.verdict.rawValue)")) {
                                ProgramView.verdictLabel(decision.verdict)
                            }
                            ". \(decision.reason)"
                        }
                    }
                }
            }
        }
        if !archived { about(csrf: csrf) }
        if !sessions.isEmpty { history(csrf: csrf) }
        if program != nil && !archived { share(csrf: csrf) }
        data(csrf: csrf)
    }

    /// What stops or starts training: archived, no assessment yet, an emergency, or a referral to clear.
    @NodeBuilder private func standing(csrf: String) -> [Node] {
        let id = client.id.wire
        if archived {
            Node.div(.class("notice"), .id("archived")) {
                Node.p {
                    "\(client.name) is archived: their history is kept below, and they are out of your client "
                        + "list. Restore them to work with them again."
                }
                Node.form(.method("post"), .action("/clients/\(id)/restore"), .class("inline-form")) {
                    Node.csrf(csrf)
                    Node.button(.type("submit"), .class("primary")) { "Restore from the archive" }
                }
            }
        }
        if detailsPending, let clearance = clearances.first {
            Node.div(.class("notice ok"), .id("details-pending")) {
                Node.h2 { "Cleared: the assessment goes on" }
                Node.p {
                    "Medical clearance recorded on \(clearance.day): "
                    Node.q { clearance.note }
                }
                Node.p {
                    "Record the details screening stopped before (pain, posture, movement, tests): the program is "
                        + "built from them, with the clearance's limits as its first caution."
                }
                Node.p {
                    Node.a(.class("button primary"), .href("/clients/\(id)/assess/details")) {
                        "Continue the assessment"
                    }
                }
            }
        } else if needsAssessment {
            Node.div(.class("notice")) {
                Node.p { "\(client.name) has not been assessed yet." }
                Node.p { Node.a(.class("button primary"), .href("/clients/\(id)/assess")) { "Start the assessment" } }
            }
        }
        if status == .emergency {
            Node.div(.class("notice stop"), .role("alert")) {
                Node.h2 { "Emergency signs: no training" }
                Node.p {
                    "The latest screening found signs that need urgent medical care. Check that \(client.name) "
                        + "was seen; once they have been, record a new assessment."
                }
                Node.ul { for reason in stopReasons { Node.li { reason } } }
                Node.p { Node.a(.class("button"), .href("/clients/\(id)/assess")) { "New assessment" } }
            }
        }
        if status == .referred {
            Node.div(.class("notice warn"), .id("clearance")) {
                Node.h2 { "Referred: awaiting medical clearance" }
                Node.ul { for reason in stopReasons { Node.li { reason } } }
                Node.form(.method("post"), .action("/clients/\(id)/clearance"), .class("stack")) {
                    Node.csrf(csrf)
                    Node.div(.class("field")) {
                        Node.label(.for("note")) {
                            "Who cleared \(client.name), when, and any limits they set"
                        }
                        Node.textarea(.id("note"), .name("note"), .rows(3), .maxlength(2000), .required())
                    }
                    Node.button(.type("submit"), .class("primary")) { "Record clearance and continue the assessment" }
                }
            }
        }
    }

    /// A new assessment at any time, and the client's name, age and notes to change.
    private func about(csrf: String) -> Node {
        let id = client.id.wire
        let form = edit ?? EditForm(client)
        return .section(.class("card"), .id("about"), .aria("labelledby", "about-h")) {
            Node.h2(.id("about-h")) { "About \(client.name)" }
            if offersReassessment {
                Node.p {
                    program == nil
                        ? "Assess again when something has changed."
                        : "Things change: assess again to build a new program from today's findings. The current "
                            + "program stays until the new one is built."
                }
                Node.p { Node.a(.class("button"), .href("/clients/\(id)/assess"), .id("reassess")) { "Re-assess" } }
            }
            Node.details(.id("edit-client"), .open(!form.errors.isEmpty)) {
                Node.summary { "Edit name, age and notes" }
                form.errors.summary
                Node.form(.method("post"), .action("/clients/\(id)/edit"), .class("stack"), .novalidate()) {
                    Node.csrf(csrf)
                    Node.field("Name", for: "edit-name", name: "name", errors: form.errors) { aria in
                        .input(
                            [.id("edit-name"), .name("name"), .required(), .maxlength(200), .value(form.name)] + aria)
                    }
                    Node.field("Age (optional)", for: "edit-age", name: "age", errors: form.errors) { aria in
                        .input(
                            [
                                .id("edit-age"), .name("age"), .type("number"), .inputmode("numeric"), .min(1),
                                .max(120), .value(form.age),
                            ] + aria)
                    }
                    Node.field("Notes (optional)", for: "edit-notes", name: "notes", errors: form.errors) { aria in
                        .textarea(
                            [.id("edit-notes"), .name("notes"), .rows(3), .maxlength(2000)] + aria, text: form.notes)
                    }
                    Node.button(.type("submit"), .class("primary")) { "Save changes" }
                }
            }
        }
    }

    private func programCard(_ program: ProgramSummary, csrf: String) -> Node {
        .section(.class("card"), .aria("labelledby", "program-h")) {
            Node.h2(.id("program-h")) { archived ? "Their last program" : "Current program" }
            Node.p {
                Node.strong { "\(program.stage) stage" }
                ", version \(program.version) (\(program.change)). \(program.exerciseCount) exercises, "
                    + "\(program.daysPerWeek) days a week, about \(program.estimatedMinutes) minutes. Last 7 days: "
                Node.span(.id("this-week")) { program.thisWeek }
                " sessions."
            }
            Node.ul {
                for block in program.blocks {
                    Node.li {
                        Node.strong { "\(block.title):" }
                        " " + block.exercises.map { "\($0); " }.joined()
                    }
                }
            }
            Node.div(.class("actions")) {
                Node.a(.class("button"), .href("/programs/\(program.id)")) { "Open the program" }
                Node.a(.class("button"), .href("/programs/\(program.id)/print")) { "Print view" }
                if !archived {
                    Node.form(
                        .method("post"), .action("/clients/\(client.id.wire)/progress"), .class("inline-form"),
                        .id("progress")
                    ) {
                        Node.csrf(csrf)
                        Node.button(.type("submit"), .class("primary")) { "Run progression" }
                    }
                }
            }
        }
    }

    /// The charts, the newest sessions, and the rest of the log folded away a click below them.
    private func history(csrf: String) -> Node {
        .section(.class("card"), .aria("labelledby", "history-h")) {
            Node.h2(.id("history-h")) { "Sessions (\(sessions.count))" }
            if let painChart { painChart.node }
            if let adherenceChart { adherenceChart.node }
            sessionTable(
                id: "sessions", caption: "The newest sessions, newest first", rows: newest, csrf: csrf)
            if !older.isEmpty {
                Node.details(.id("older-sessions")) {
                    Node.summary { "Older sessions (\(older.count))" }
                    sessionTable(
                        id: "older-sessions-table", caption: "Older sessions, newest first", rows: older, csrf: csrf)
                }
            }
        }
    }

    private func sessionTable(id: String, caption: String, rows: ArraySlice<HistoryEntry>, csrf: String) -> Node {
        .div(.class("table-wrap")) {
            Node.table(.id(id)) {
                Node.caption(.class("visually-hidden")) { caption }
                Node.thead {
                    Node.tr {
                        for column in ["Date", "Before", "After", "Next morning", "Exercises"] {
                            Node.th(.scope("col")) { column }
                        }
                        Node.th(.scope("col"), .class("hide-small")) { "Notes" }
                        Node.th(.scope("col"), .class("hide-small")) {
                            Node.span(.class("visually-hidden")) { "Actions" }
                        }
                    }
                }
                Node.tbody {
                    SessionHistoryRows.rows(rows, clientID: client.id.wire, csrf: csrf)
                }
            }
        }
    }

    private func share(csrf: String) -> Node {
        let id = client.id.wire
        return .section(.class("card"), .id("share"), .aria("labelledby", "share-h")) {
            Node.h2(.id("share-h")) { "Share with \(client.name)" }
            Node.p {
                "A share link lets \(client.name) open today's session and the guided player on their phone, and "
                    + "log how it went, without an account. It shows only their program."
            }
            Node.form(.method("post"), .action("/clients/\(id)/share-links"), .class("inline-form")) {
                Node.csrf(csrf)
                Node.button(.type("submit")) { "Create a share link" }
            }
            Node.ul(.id("links")) {
                for link in links {
                    Node.li {
                        "Created \(link.createdAt), " + (link.live ? "expires \(link.expiresAt)" : link.state)
                        if link.live {
                            " "
                            Node.form(
                                .method("post"), .action("/share-links/\(link.id)/revoke"), .class("inline-form"),
                                .data("confirm", "Revoke this link? The client will no longer be able to open it.")
                            ) {
                                Node.csrf(csrf)
                                Node.input(.type("hidden"), .name("client"), .value(id))
                                Node.button(.type("submit"), .class("danger")) { "Revoke" }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Their data: download it all, archive or restore, erase for good.
    private func data(csrf: String) -> Node {
        let id = client.id.wire
        return .section(.class("card"), .id("data"), .aria("labelledby", "data-h")) {
            Node.h2(.id("data-h")) { "\(client.name)'s data" }
            Node.p { "Everything Lumbar holds about \(client.name), in one file to keep or to hand over." }
            Node.div(.class("actions")) {
                Node.a(
                    .class("button"), .href("/clients/\(id)/export"), Attribute(name: "download", value: nil),
                    .id("export-client")
                ) { "Download all data" }
                if status == .archived {
                    Node.form(.method("post"), .action("/clients/\(id)/restore"), .class("inline-form")) {
                        Node.csrf(csrf)
                        Node.button(.type("submit"), .class("primary"), .id("restore-client")) {
                            "Restore from the archive"
                        }
                    }
                } else {
                    Node.form(
                        .method("post"), .action("/clients/\(id)/archive"), .class("inline-form"),
                        .data("confirm", "Archive \(client.name)? Their history is kept.")
                    ) {
                        Node.csrf(csrf)
                        Node.button(.type("submit"), .class("danger")) { "Archive client" }
                    }
                }
                Node.a(.class("button danger"), .href("/clients/\(id)/erase"), .id("erase-link")) {
                    "Erase for good…"
                }
            }
        }
    }
}
