// swift-tools-version:6.0
// GravityKit: gravity-model estimators, specification tests and trade-potential analysis.
//
// Layout: `Modules/` holds the core (linear algebra, statistics, datasets and formulas, input and
// output, the umbrella and the command line); `Plugins/` holds estimator modules, ordinary library
// targets (not SwiftPM package plugins), one per model family. Every target names its `path:`.
import PackageDescription

/// Estimator plug-ins: each depends on the core modules only and is listed once in `GravityKit`.
let pluginTargets: [Target] = [
    .target(name: "GravityOLS", dependencies: ["GravityCore", "GravityLinearAlgebra"], path: "Plugins/GravityOLS"),
]

let package = Package(
    name: "GravityKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GravityKit", targets: ["GravityKit"]),
        .executable(name: "gravity", targets: ["GravityCLI"]),
        .executable(name: "gravity-bench", targets: ["GravityBenchmarks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: pluginTargets + [
        .target(name: "GravityLinearAlgebra", path: "Modules/GravityLinearAlgebra"),
        .target(name: "GravityStatistics", dependencies: ["GravityLinearAlgebra"], path: "Modules/GravityStatistics"),
        .target(name: "GravityCore", dependencies: ["GravityLinearAlgebra", "GravityStatistics"], path: "Modules/GravityCore"),
        .target(name: "GravityIO", dependencies: ["GravityCore"], path: "Modules/GravityIO"),
        .target(name: "GravityKit",
                dependencies: ["GravityCore", "GravityIO", "GravityLinearAlgebra", "GravityStatistics"] + pluginTargets.map { .target(name: $0.name) },
                path: "Modules/GravityKit"),
        .executableTarget(name: "GravityBenchmarks", dependencies: ["GravityKit"], path: "Benchmarks/GravityBenchmarks"),
        .executableTarget(name: "GravityCLI",
                          dependencies: ["GravityKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          path: "Modules/GravityCLI"),
        .target(name: "GravityTestKit", path: "Modules/GravityTestKit"),
        .testTarget(name: "GravityLinearAlgebraTests", dependencies: ["GravityLinearAlgebra"], path: "Tests/GravityLinearAlgebraTests"),
        .testTarget(name: "GravityStatisticsTests", dependencies: ["GravityStatistics"], path: "Tests/GravityStatisticsTests"),
        .testTarget(name: "GravityCoreTests", dependencies: ["GravityCore", "GravityTestKit"], path: "Tests/GravityCoreTests"),
        .testTarget(name: "GravityIOTests", dependencies: ["GravityIO", "GravityTestKit"], path: "Tests/GravityIOTests", resources: [.copy("Fixtures")]),
        .testTarget(name: "GravityOLSTests", dependencies: ["GravityKit", "GravityTestKit"], path: "Tests/GravityOLSTests"),
        .testTarget(name: "GravityCLITests", dependencies: ["GravityCLI", "GravityTestKit"], path: "Tests/GravityCLITests"),
    ]
)
