import ArgumentParser
import Foundation
import GravityKit

/// `gravity demo`: the main job on the bundled simulated China-Central Asia panel.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the gravity workflow on the bundled simulated China-Central Asia panel and write a report folder.")

    @Option(help: "Folder for the report (created if needed).")
    var outputDir: String = "gravity-demo"

    func run() throws {
        let report = try DemoWorkflow.run(outputDirectory: outputDir)
        print(report.summary)
        print("Wrote \(report.files.count) files to \(report.directory):")
        for file in report.files { print("  \(file)") }
    }
}
