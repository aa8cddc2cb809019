import ArgumentParser

/// The `gravity` command: gravity-model estimation, comparison and trade-potential analysis.
@main
struct GravityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gravity",
        abstract: "Gravity-model estimators, specification tests and trade-potential analysis.",
        subcommands: [ModelsCommand.self, DescribeCommand.self, FitCommand.self, CompareCommand.self, DemoCommand.self, SimulateDemoDataCommand.self, PotentialCommand.self, IndexCommand.self, FillCommand.self, GECommand.self, DiDCommand.self]
    )
}
