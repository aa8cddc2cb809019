import ArgumentParser
import GravityKit

/// `gravity fit`: one model on one dataset.
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fit", abstract: "Fit one registered model and report it.")

    @Argument(help: "The data file (.csv, .tsv, .dta).")
    var data: String

    @Option(help: "The estimator's name (see `gravity models`).")
    var model: String

    @Option(help: "The model formula, e.g. \"log(trade) ~ log(gdp_o) + log(gdp_d) + log(dist) + contig\".")
    var formula: String

    @OptionGroup var panel: PanelOptions

    @Option(help: "Standard errors: classical, hc0, hc1 (robust), hc2, hc3, cluster:<col> or cluster:<col1>,<col2>.")
    var vcov: String = "classical"

    @Option(name: .customLong("option"), help: "An estimator option as key=value (repeatable).")
    var options: [String] = []

    @Option(help: "Confidence level of the intervals.")
    var level: Double = 0.95

    @OptionGroup var output: OutputOptions

    func run() throws {
        let registry = EstimatorRegistry.standard()
        let estimator = try registry.estimator(named: model)
        let request = FitRequest(formula: try Formula(formula), panel: try panel.specification(),
                                 covariance: try CovarianceSpecification(parsing: vcov),
                                 options: try EstimatorOptions.parsePairs(options), confidenceLevel: level)
        let dataset = try loadDataset(data)
        let result = try estimator.fit(dataset, request: request)
        try output.emit(ResultReport.render(result, format: output.format, summary: estimator.descriptor.summary))
    }
}
