/// The frame around every page: the head, the skip link, the site header (the main links and
/// sign-out when someone is signed in), the page's content in `main`, the safety footer and the
/// scripts.
struct SiteLayout {
    let title: String
    var bodyClass: String?
    /// The token the sign-out form carries.
    let csrf: String
    /// The signed-in trainer's name (or e-mail address); nil for a visitor.
    let signedIn: String?
    let assets: StaticFiles
    /// Page scripts after the shared `forms.js`, as asset names.
    var scripts: [String] = []

    static let footer =
        "Lumbar supports exercise for low back pain; it does not diagnose. Pain that is severe, spreading down a leg, "
        + "or comes with numbness, weakness, fever, or bladder or bowel changes needs a doctor."

    func document(@NodeBuilder _ content: () -> [Node]) -> String {
        let page = Node.html(.lang("en")) {
            Node.head {
                Node.meta(.charset("utf-8"))
                Node.meta(.name("viewport"), .content("width=device-width, initial-scale=1"))
                Node.meta(.name("color-scheme"), .content("light"))
                Node.title("\(title) · Lumbar")
                Node.link(.rel("icon"), .href("data:,"))
                Node.link(.rel("stylesheet"), .href(assets.url("app.css")))
                Node.link(.rel("stylesheet"), .href(assets.url("print.css")), .media("print"))
            }
            Node.body(bodyClass.map(Attribute.class)) {
                Node.a(.class("skip"), .href("#main")) { "Skip to content" }
                header
                Node.main(.id("main"), .tabindex(-1), content: content)
                Node.footer(.class("site")) { Node.p { Self.footer } }
                for script in ["forms.js"] + scripts {
                    Node.script(.src(assets.url(script)), .defer())
                }
            }
        }
        // Written straight into one string sized for a long page, without copying it again.
        var out = HTMLOutput(capacity: 64 * 1024)
        out.raw("<!doctype html>\n")
        page.write(to: &out)
        return out.string
    }

    private var header: Node {
        .header(.class("site")) {
            Node.a(.class("brand"), .href("/")) { "Lumbar" }
            if let signedIn {
                Node.nav(.aria("label", "Main")) {
                    Node.a(.href("/dashboard")) { "Clients" }
                    Node.a(.href("/catalog")) { "Exercises" }
                }
                Node.form(.method("post"), .action("/signout"), .class("signout")) {
                    Node.csrf(csrf)
                    Node.a(.class("who"), .href("/account")) { signedIn }
                    Node.button(.type("submit"), .class("link")) { "Sign out" }
                }
            }
        }
    }
}
