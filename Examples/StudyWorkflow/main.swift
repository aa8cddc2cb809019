// Tutorial 2: the full study workflow. See Examples/StudyWorkflow/README.md.
// The steps live in Modules/GravityKit/DemoData/DemoWorkflow.swift, which `gravity demo` runs too.
import Foundation
import GravityKit

let folder = CommandLine.arguments.dropFirst().first ?? "gravity-study"
let report = try DemoWorkflow.run(outputDirectory: folder)
print(report.summary)
print("Wrote \(report.files.count) files to \(report.directory):")
for file in report.files { print("  \(file)") }
