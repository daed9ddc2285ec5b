import Crypto
import Foundation
import Hummingbird

/// The stylesheet and scripts (`Resources/static`), held in memory and served with a content
/// hash in their URL, so browsers cache them for a year and a new build is fetched at once.
struct StaticFiles: Sendable {
    struct File: Sendable {
        let bytes: ByteBuffer
        let contentType: String
        /// `/static/<name>?v=<hash>`: what pages link to.
        let url: String
    }

    let files: [String: File]

    static func bundled() -> StaticFiles {
        guard let directory = Bundle.module.url(forResource: "static", withExtension: nil),
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { fatalError("the static files are missing from the bundle") }
        var files: [String: File] = [:]
        for name in names {
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                fatalError("static file \(name) cannot be read")
            }
            let hash = SHA256.hash(data: data).prefix(6).map { String(format: "%02x", $0) }.joined()
            files[name] = File(
                bytes: ByteBuffer(bytes: data), contentType: contentType(name), url: "/static/\(name)?v=\(hash)")
        }
        return StaticFiles(files: files)
    }

    /// The versioned URL of a bundled file, for templates.
    func url(_ name: String) -> String {
        guard let file = files[name] else { fatalError("no static file named \(name)") }
        return file.url
    }

    func add(to router: Router<LumbarRequestContext>) {
        router.get("static/{name}") { _, context in
            guard let name = context.parameters.get("name"), let file = files[name] else {
                return Response(status: .notFound)
            }
            return Response(
                status: .ok,
                headers: [
                    .contentType: file.contentType, .cacheControl: "public, max-age=31536000, immutable",
                    .init("X-Content-Type-Options")!: "nosniff",
                ],
                body: .init(byteBuffer: file.bytes))
        }
    }

    private static func contentType(_ name: String) -> String {
        switch (name as NSString).pathExtension {
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        default: "application/octet-stream"
        }
    }
}
