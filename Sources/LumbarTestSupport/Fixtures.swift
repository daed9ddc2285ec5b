import Foundation
import LumbarCore

/// Ready-made assessments for tests, and access to the repository's `Examples/` folder.
public enum Fixtures {
    /// The package root, found from this file's location so tests run from any directory.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func examplePath(_ name: String) -> String {
        packageRoot.appendingPathComponent("Examples/\(name).json").path
    }

    public static func example(_ name: String) throws -> Assessment {
        let text = try String(contentsOfFile: examplePath(name), encoding: .utf8)
        return try Assessment.parse(text)
    }

    /// A person with no findings beyond their pain: the smallest valid assessment.
    public static func minimal(painNow: Int = 3, redFlags: [RedFlag] = [], clearance: Bool = false) -> Assessment {
        Assessment(
            client: .init(name: "Sam"), screening: .init(redFlags: redFlags, medicalClearance: clearance),
            pain: .init(now: painNow))
    }

    public static let catalog: Catalog = {
        do { return try Catalog.bundled() } catch { fatalError("bundled catalog invalid: \(error)") }
    }()
}
