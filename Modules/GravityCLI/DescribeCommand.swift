import ArgumentParser
import GravityKit

/// `gravity describe`: observations, mean, standard deviation, minimum and maximum per variable;
/// for a panel (`--id`, `--time`), also the between and within spreads, as Stata's `xtsum`.
struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "describe", abstract: "Descriptive statistics of variables or expressions such as log(trade); with --id and --time, overall, between and within spreads.")

    @Argument(help: "The data file (.csv, .tsv, .dta).")
    var data: String

    @Option(help: "Comma-separated variables or expressions (default: every numeric column).")
    var vars: String?

    @OptionGroup var panel: PanelOptions

    @Flag(name: .customLong("by-unit"), help: "With --id and --time, also summarise each variable per unit.")
    var byUnit = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        let dataset = try loadDataset(data)
        let expressions = vars.map(splitList) ?? []
        if let specification = try panel.specification() {
            let summaries = try PanelDescriptiveStatistics.summarize(dataset, panel: specification, expressions: expressions)
            try output.emit(PanelDescribeReport.render(summaries, unit: specification.unit, format: output.format, byUnit: byUnit))
        } else {
            if byUnit { throw ValidationError("--by-unit needs a panel: give --id and --time.") }
            let summaries = try DescriptiveStatistics.summarize(dataset, expressions: expressions)
            try output.emit(DescribeReport.render(summaries, format: output.format))
        }
    }
}
