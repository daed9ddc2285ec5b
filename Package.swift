// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Lumbar",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lumbar", targets: ["lumbar"]),
        .library(name: "LumbarCore", targets: ["LumbarCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        // Pure domain: Foundation only, no clock, randomness, files or network of its own.
        .target(
            name: "LumbarCore",
            resources: [.copy("Resources/catalog.json"), .copy("Resources/routines.json")]
        ),
        .target(
            name: "LumbarCLI",
            dependencies: ["LumbarCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "lumbar", dependencies: ["LumbarCLI"]),
        .executableTarget(name: "lumbar-bench", dependencies: ["LumbarCore"]),
        .target(name: "LumbarTestSupport", dependencies: ["LumbarCore"]),
        .testTarget(
            name: "LumbarCoreTests",
            dependencies: [
                "LumbarCore", "LumbarTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LumbarCLITests", dependencies: ["LumbarCLI", "LumbarCore", "LumbarTestSupport"]),
    ]
)
