import Foundation
import LumbarCore

// Planner benchmark: median time to plan a realistic assessment with the real catalog, and with a
// synthetic 10,000-exercise catalog. Run with `swift run -c release lumbar-bench`.

func median(_ samples: [Double]) -> Double {
    let sorted = samples.sorted()
    return sorted[sorted.count / 2]
}

/// Times `body` `iterations` times in batches and returns per-call medians and p99 in microseconds.
func measure(iterations: Int, batch: Int, _ body: () -> Int) -> (median: Double, p99: Double) {
    var samples: [Double] = []
    var sink = 0
    let clock = ContinuousClock()
    for _ in 0..<(iterations / batch) {
        let start = clock.now
        for _ in 0..<batch { sink &+= body() }
        let elapsed = clock.now - start
        let micros = Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
        samples.append(micros / Double(batch))
    }
    if sink == .min { print("") }  // keeps the optimiser from discarding the work
    let sorted = samples.sorted()
    return (median(samples), sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))])
}

/// A catalog of `count` exercises spread over every phase and muscle, with valid chains of three.
func syntheticCatalog(count: Int, base: Catalog) throws -> Catalog {
    var exercises: [Exercise] = []
    exercises.reserveCapacity(count)
    let templates = base.exercises
    for index in 0..<count {
        var exercise = templates[index % templates.count]
        exercise.id = "synthetic-\(index)"
        exercise.name = "Synthetic \(index)"
        exercise.targets = [
            Muscle.allCases[index % Muscle.allCases.count], Muscle.allCases[(index / 7) % Muscle.allCases.count],
        ]
        if exercise.targets[0] == exercise.targets[1] { exercise.targets.removeLast() }
        exercise.progression = nil
        exercise.regression = nil
        exercise.unilateralVariant = nil
        exercises.append(exercise)
    }
    return try Catalog(exercises: exercises)
}

let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let path = root.appendingPathComponent("Examples/desk-worker.json").path
guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("run from the package root (Examples/desk-worker.json not found)\n".utf8))
    exit(1)
}
let assessment = try Assessment.parse(text)
let catalog = try Catalog.bundled()
let planner = Planner(catalog: catalog)

let real = measure(iterations: 200_000, batch: 100) { planner.plan(assessment).blocks.count }
let findingsOnly = measure(iterations: 200_000, batch: 100) { Findings.derive(from: assessment).overactive.count }
let parseAndPlan = measure(iterations: 50_000, batch: 50) {
    ((try? Assessment.parse(text)).map { planner.plan($0).blocks.count }) ?? 0
}
let big = try syntheticCatalog(count: 10_000, base: catalog)
let bigPlanner = Planner(catalog: big)
let synthetic = measure(iterations: 2_000, batch: 10) { bigPlanner.plan(assessment).blocks.count }

func row(_ name: String, _ result: (median: Double, p99: Double)) -> String {
    String(format: "%-48@ median %9.2f µs   p99 %9.2f µs", name as NSString, result.median, result.p99)
}
print(row("plan desk-worker (\(catalog.exercises.count)-exercise catalog)", real))
print(row("  of which: findings", findingsOnly))
print(row("parse + plan desk-worker", parseAndPlan))
print(row("plan desk-worker (10,000-exercise catalog)", synthetic))
