import ArgumentParser
import GravityKit

/// `gravity simulate-demo-data`: rebuilds the bundled simulated study panel.
struct SimulateDemoDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate-demo-data",
        abstract: "Write the simulated China-Central Asia panel (the bundled demo data) as CSV.")

    @Option(help: "The CSV file to write.")
    var output: String

    @Option(parsing: .unconditional, help: "The random seed (the bundled file uses the default).")
    var seed: UInt64 = StudyPanelSimulation.defaultSeed

    func run() throws {
        try CSVWriter.write(StudyPanelSimulation.dataset(seed: seed), to: output)
        print("Wrote the simulated panel to \(output).")
    }
}
