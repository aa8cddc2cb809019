// swift-tools-version:6.0
// GravityKit: gravity-model estimators, specification tests and trade-potential analysis.
//
// Layout: `Modules/` holds the core (linear algebra, statistics, datasets and formulas, input and
// output, the umbrella and the command line); `Plugins/` holds estimator modules, ordinary library
// targets (not SwiftPM package plugins), one per model family. Every target names its `path:`.
import PackageDescription

/// Numeric kernels are optimised even in debug builds, so that the test suite (which runs debug
/// builds) exercises realistic sizes in reasonable time.
let optimizedKernels: [SwiftSetting] = [.unsafeFlags(["-O"])]

/// Estimator plug-ins: each depends on the core modules only and is listed once in `GravityKit`.
let pluginTargets: [Target] = [
    .target(name: "GravityOLS", dependencies: ["GravityCore", "GravityLinearAlgebra", "GravityFixedEffects"], path: "Plugins/GravityOLS"),
    .target(name: "GravityPanel", dependencies: ["GravityCore", "GravityFixedEffects", "GravityLinearAlgebra", "GravityStatistics"], path: "Plugins/GravityPanel"),
    .target(name: "GravityFrontier", dependencies: ["GravityCore", "GravityLinearAlgebra", "GravityStatistics"], path: "Plugins/GravityFrontier"),
    .target(name: "GravityDiD", dependencies: ["GravityCore", "GravityFixedEffects", "GravityLinearAlgebra", "GravityStatistics"], path: "Plugins/GravityDiD"),
    .target(name: "GravityPPML", dependencies: ["GravityCore", "GravityLinearAlgebra", "GravityFixedEffects"], path: "Plugins/GravityPPML", swiftSettings: optimizedKernels),
]

let package = Package(
    name: "GravityKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GravityKit", targets: ["GravityKit"]),
        .library(name: "GravityKitC", type: .dynamic, targets: ["GravityC"]),
        .executable(name: "gravity", targets: ["GravityCLI"]),
        .executable(name: "gravity-bench", targets: ["GravityBenchmarks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: pluginTargets + [
        .target(name: "GravityLinearAlgebra", path: "Modules/GravityLinearAlgebra", swiftSettings: optimizedKernels),
        .target(name: "GravityStatistics", dependencies: ["GravityLinearAlgebra"], path: "Modules/GravityStatistics", swiftSettings: optimizedKernels),
        .target(name: "GravityCore", dependencies: ["GravityLinearAlgebra", "GravityStatistics"], path: "Modules/GravityCore"),
        .target(name: "GravityFixedEffects", dependencies: ["GravityCore", "GravityLinearAlgebra"], path: "Modules/GravityFixedEffects", swiftSettings: optimizedKernels),
        .target(name: "GravityIO", dependencies: ["GravityCore", "GravityCharts"], path: "Modules/GravityIO"),
        .target(name: "GravityIndex", dependencies: ["GravityCore", "GravityIO", "GravityLinearAlgebra", "GravityStatistics"], path: "Modules/GravityIndex"),
        .target(name: "GravityCharts", path: "Modules/GravityCharts"),
        .target(name: "GravityGE", dependencies: ["GravityCore", "GravityIO", "GravityCharts", "GravityLinearAlgebra"], path: "Modules/GravityGE", swiftSettings: optimizedKernels),
        .target(name: "GravityPotential", dependencies: ["GravityCore", "GravityIO", "GravityCharts"], path: "Modules/GravityPotential"),
        .target(name: "GravityKit",
                dependencies: ["GravityCore", "GravityIO", "GravityLinearAlgebra", "GravityStatistics", "GravityCharts", "GravityPotential", "GravityIndex", "GravityFixedEffects", "GravityGE"] + pluginTargets.map { .target(name: $0.name) },
                path: "Modules/GravityKit"),
        .target(name: "CGravityKit", path: "Modules/GravityC/Header"),
        .target(name: "CMemoryTuning", path: "Modules/CMemoryTuning"),
        .target(name: "GravityC", dependencies: ["CGravityKit", "GravityKit"], path: "Modules/GravityC/Exports"),
        .executableTarget(name: "GravityBenchmarks", dependencies: ["GravityKit"], path: "Benchmarks/GravityBenchmarks"),
        .executableTarget(name: "GravityCLI",
                          dependencies: ["GravityKit", "CMemoryTuning", .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          path: "Modules/GravityCLI",
                          swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
                          linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]),
        .target(name: "ExampleSupport", dependencies: ["GravityKit"], path: "Examples/ExampleSupport"),
        .executableTarget(name: "TutorialChoosingAPanelModel", dependencies: ["GravityKit", "ExampleSupport"],
                          path: "Examples/ChoosingAPanelModel", exclude: ["README.md"]),
        .executableTarget(name: "TutorialStudyWorkflow", dependencies: ["GravityKit"], path: "Examples/StudyWorkflow", exclude: ["README.md"]),
        .executableTarget(name: "TutorialGeneralEquilibrium", dependencies: ["GravityKit", "ExampleSupport"],
                          path: "Examples/GeneralEquilibrium", exclude: ["README.md"]),
        .executableTarget(name: "TutorialFrontierGravity", dependencies: ["GravityKit"], path: "Examples/FrontierGravity", exclude: ["README.md"]),
        .executableTarget(name: "TutorialGravityChapter1", dependencies: ["GravityKit"], path: "Examples/GravityChapter1", exclude: ["README.md"]),
        .target(name: "TutorialPPML", dependencies: ["GravityCore", "GravityLinearAlgebra"], path: "Examples/WritingAnEstimator/PPMLPlugin"),
        .executableTarget(name: "TutorialWritingAnEstimator", dependencies: ["GravityKit", "TutorialPPML"], path: "Examples/WritingAnEstimator/Main"),
        .target(name: "TutorialPilotZoneSimulation", dependencies: ["GravityCore"], path: "Examples/PilotZones/Simulation"),
        .executableTarget(name: "TutorialPilotZones", dependencies: ["GravityKit", "TutorialPilotZoneSimulation"], path: "Examples/PilotZones/Main"),
        .target(name: "GravityTestKit", dependencies: ["GravityKit"], path: "Modules/GravityTestKit"),
        .testTarget(name: "GravityLinearAlgebraTests", dependencies: ["GravityLinearAlgebra"], path: "Tests/GravityLinearAlgebraTests"),
        .testTarget(name: "GravityStatisticsTests", dependencies: ["GravityStatistics"], path: "Tests/GravityStatisticsTests"),
        .testTarget(name: "GravityCoreTests", dependencies: ["GravityCore", "GravityTestKit"], path: "Tests/GravityCoreTests", exclude: ["References"]),
        .testTarget(name: "GravityFixedEffectsTests", dependencies: ["GravityFixedEffects", "GravityTestKit"], path: "Tests/GravityFixedEffectsTests", exclude: ["References"]),
        .testTarget(name: "GravityIOTests", dependencies: ["GravityIO", "GravityTestKit"], path: "Tests/GravityIOTests", resources: [.copy("Fixtures")]),
        .testTarget(name: "GravityOLSTests", dependencies: ["GravityKit", "GravityTestKit"], path: "Tests/GravityOLSTests"),
        .testTarget(name: "GravityPanelTests", dependencies: ["GravityKit", "GravityTestKit"], path: "Tests/GravityPanelTests", exclude: ["References"]),
        .testTarget(name: "GravityPPMLTests", dependencies: ["GravityKit", "GravityTestKit"], path: "Tests/GravityPPMLTests", exclude: ["References"]),
        .testTarget(name: "GravityFrontierTests", dependencies: ["GravityKit", "GravityTestKit"], path: "Tests/GravityFrontierTests"),
        .testTarget(name: "GravityDiDTests", dependencies: ["GravityKit", "GravityTestKit"], path: "Tests/GravityDiDTests", exclude: ["References"]),
        .testTarget(name: "GravityPotentialTests", dependencies: ["GravityKit", "GravityTestKit"], path: "Tests/GravityPotentialTests"),
        .testTarget(name: "GravityGETests", dependencies: ["GravityKit", "GravityTestKit"], path: "Tests/GravityGETests", exclude: ["References"]),
        .testTarget(name: "GravityIndexTests", dependencies: ["GravityKit", "GravityTestKit"], path: "Tests/GravityIndexTests"),
        .testTarget(name: "GravityReportTests", dependencies: ["GravityKit", "GravityTestKit"], path: "Tests/GravityReportTests"),
        .testTarget(name: "TutorialTests", dependencies: ["GravityKit", "GravityTestKit", "TutorialPPML", "TutorialPilotZoneSimulation"], path: "Tests/TutorialTests"),
        .testTarget(name: "GravityCLITests", dependencies: ["GravityCLI", "GravityTestKit"], path: "Tests/GravityCLITests", exclude: ["References"]),
    ]
)
