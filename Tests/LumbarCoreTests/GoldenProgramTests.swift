import Foundation
import LumbarJSON
import LumbarTestSupport
import Testing

@testable import LumbarCore

/// The programs of three realistic clients, checked byte for byte against reviewed copies in
/// `Fixtures/`. After a deliberate planner change, regenerate them with
/// `LUMBAR_UPDATE_GOLDEN=1 swift test --filter GoldenProgramTests` and review the diff.
@Suite struct GoldenProgramTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test(arguments: ["desk-worker", "unstable-back", "left-side-weakness"])
    func programMatchesTheReviewedCopy(name: String) throws {
        let program = Planner(catalog: Fixtures.catalog).plan(try Fixtures.example(name))
        let actual = JSONWriter.string(program.json)
        let url = Self.fixtures.appendingPathComponent("\(name).program.json")
        if ProcessInfo.processInfo.environment["LUMBAR_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected)
    }
}
