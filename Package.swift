// swift-tools-version:6.2
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
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        // Tests only, and only its `SnapshotTesting` product: the inline variant pulls in swift-syntax.
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.19.7"),
        // Tests only: a real OpenAPI 3.1 model reads and validates the served document. Without its
        // default `ExternalLoading` trait, which the test does not need and which builds slower.
        .package(url: "https://github.com/mattpolzin/OpenAPIKit.git", from: "6.4.0", traits: []),
    ],
    targets: [
        // The strict, path-reporting JSON reader and the ordered writer: Foundation only, used for
        // the contract documents and the catalog files.
        .target(name: "LumbarJSON"),
        // Pure domain: Foundation only, no clock, randomness, files or network of its own.
        .target(
            name: "LumbarCore",
            dependencies: ["LumbarJSON"],
            resources: [.copy("Resources/catalog.json"), .copy("Resources/routines.json")]
        ),
        // Storage protocols and records; no database code.
        .target(name: "LumbarStore", dependencies: ["LumbarCore", "LumbarJSON"]),
        // The embedded default: SQLite through GRDB.
        .target(
            name: "LumbarSQLite",
            dependencies: ["LumbarStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The scale-out backend: PostgreSQL through PostgresNIO.
        .target(
            name: "LumbarPostgres",
            dependencies: [
                "LumbarStore", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The application layer: one service per aggregate (the use cases routes, pages and tools
        // call), over the store protocols; no HTTP.
        .target(
            name: "LumbarApp",
            dependencies: [
                "LumbarCore", "LumbarJSON", "LumbarStore", .product(name: "Logging", package: "swift-log"),
                // Passwords and tokens: bcrypt, and SHA-256 for the stored hashes of tokens.
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The Hummingbird app: JSON API, pages, auth and middleware; parses, calls LumbarApp, presents.
        .target(
            name: "LumbarWeb",
            dependencies: [
                "LumbarApp", "LumbarCore", "LumbarJSON", "LumbarStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                // The connection handler that closes after a refused body works on NIO's channel.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                // Content hashes for the static files' cache-busting URLs.
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                // The store's own services (PostgreSQL's pool) run in the app's service group.
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/static")]
        ),
        .target(
            name: "LumbarCLI",
            dependencies: [
                "LumbarApp", "LumbarCore", "LumbarJSON", "LumbarStore", "LumbarSQLite", "LumbarPostgres", "LumbarWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(name: "lumbar", dependencies: ["LumbarCLI"]),
        .executableTarget(name: "lumbar-bench", dependencies: ["LumbarCore"]),
        // Dashboard benchmark over a database filled by `lumbar seed` (see BENCHMARKS.md).
        .executableTarget(
            name: "lumbar-store-bench",
            dependencies: [
                "LumbarCLI", "LumbarCore", "LumbarStore", "LumbarWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "LumbarTestSupport", dependencies: ["LumbarCore", "LumbarJSON", "LumbarStore"]),
        .testTarget(name: "LumbarJSONTests", dependencies: ["LumbarJSON"]),
        .testTarget(
            name: "LumbarCoreTests",
            dependencies: [
                "LumbarCore", "LumbarJSON", "LumbarTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "LumbarCLITests",
            dependencies: [
                "LumbarApp", "LumbarCLI", "LumbarCore", "LumbarJSON", "LumbarSQLite", "LumbarStore",
                "LumbarTestSupport",
                "LumbarWeb",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "LumbarSQLiteTests", dependencies: ["LumbarSQLite", "LumbarStore", "LumbarTestSupport"]),
        .testTarget(name: "LumbarPostgresTests", dependencies: ["LumbarPostgres", "LumbarStore", "LumbarTestSupport"]),
        .testTarget(
            name: "LumbarWebTests",
            dependencies: [
                "LumbarApp", "LumbarJSON", "LumbarWeb", "LumbarStore", "LumbarSQLite", "LumbarPostgres",
                "LumbarTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            ],
            exclude: ["__Snapshots__"]
        ),
    ]
)

// In CI (`.ci/run` sets CI=true) our own targets treat every warning as an error, in the same build
// as the tests; dependencies are untouched, and a newcomer's `swift run` on a newer toolchain that
// warns about something new still builds.
if Context.environment["CI"] == "true" {
    for target in package.targets {
        target.swiftSettings = (target.swiftSettings ?? []) + [.treatAllWarnings(as: .error)]
    }
}
