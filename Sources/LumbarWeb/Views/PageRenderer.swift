import Foundation
import Mustache

/// The HTML templates (`Resources/templates/*.mustache`), parsed once at start.
///
/// Pages are rendered from `[String: Any]` dictionaries rather than structs: swift-mustache reads
/// a struct through `Mirror` on every lookup, and a client page with a year of history makes
/// thousands of lookups.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init(library: MustacheLibrary) {
        self.library = library
    }

    /// The templates shipped in the binary. They are part of the build, so failing to read one is a
    /// broken build, not something a request can cause.
    static func bundled() -> PageRenderer {
        guard let directory = Bundle.module.url(forResource: "templates", withExtension: nil) else {
            fatalError("the HTML templates are missing from the bundle")
        }
        do {
            var templates: [String: MustacheTemplate] = [:]
            let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            for file in files where file.pathExtension == "mustache" {
                let text = try String(contentsOf: file, encoding: .utf8)
                templates[file.deletingPathExtension().lastPathComponent] = try MustacheTemplate(string: text)
            }
            return PageRenderer(library: MustacheLibrary(templates: templates))
        } catch {
            fatalError("an HTML template does not parse: \(error)")
        }
    }

    /// The named template filled from `values`.
    func render(_ name: String, _ values: [String: Any]) -> String {
        guard let html = library.render(values, withTemplate: name) else {
            fatalError("no HTML template named \(name)")
        }
        return html
    }
}
