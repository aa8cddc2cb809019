import ArgumentParser
import GravityKit

/// The options that specify one model fit: estimator, formula, panel, covariance and options.
struct ModelOptions: ParsableArguments {
    @Option(help: "The estimator's name (see `gravity models`).")
    var model: String

    @Option(help: "The model formula, e.g. \"log(trade) ~ log(gdp_o) + log(gdp_d) + log(dist) + contig\".")
    var formula: String

    @OptionGroup var panel: PanelOptions

    @Option(help: "Standard errors: classical, hc0, hc1 (robust), hc2, hc3, cluster:<col> or cluster:<col1>,<col2>.")
    var vcov: String = "classical"

    @Option(name: .customLong("option"), help: "An estimator option as key=value (repeatable).")
    var options: [String] = []

    @Option(parsing: .unconditional, help: "Confidence level of the intervals.")
    var level: Double = 0.95

    /// The registered estimator named by `--model`.
    func estimator() throws -> any Estimator {
        try EstimatorRegistry.standard().estimator(named: model)
    }

    /// The fit request the options describe.
    func request() throws -> FitRequest {
        FitRequest(formula: try Formula(formula), panel: try panel.specification(),
                   covariance: try CovarianceSpecification(parsing: vcov),
                   options: try EstimatorOptions.parsePairs(options), confidenceLevel: level)
    }
}
