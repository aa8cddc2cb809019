import ArgumentParser
import GravityKit

/// `gravity describe`: observations, mean, standard deviation, minimum and maximum per variable.
struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "describe", abstract: "Descriptive statistics of variables or expressions such as log(trade).")

    @Argument(help: "The data file (.csv, .tsv, .dta).")
    var data: String

    @Option(help: "Comma-separated variables or expressions (default: every numeric column).")
    var vars: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let dataset = try loadDataset(data)
        let summaries = try DescriptiveStatistics.summarize(dataset, expressions: vars.map(splitList) ?? [])
        try output.emit(DescribeReport.render(summaries, format: output.format))
    }
}
