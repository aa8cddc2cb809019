import GravityCharts
import GravityCore

extension CoefficientPlot {
    /// A plot of the estimates and confidence intervals of fitted models, one colour per model.
    ///
    /// - Parameters:
    ///   - results: the models, in legend order; each interval is at the model's own confidence level.
    ///   - labels: legend labels in order; models without one keep their name.
    ///   - terms: the terms to show, top to bottom; by default every term of every model in order of
    ///     first appearance, except `(Intercept)`, whose scale usually dwarfs the slopes.
    ///   - title: the title above the plot.
    public init(results: [EstimationResult], labels: [String]? = nil, terms: [String]? = nil, title: String = "Coefficients") {
        let table = RegressionTable(models: results, labels: labels)
        let shown = terms ?? table.terms.filter { $0 != "(Intercept)" }
        let levels = Set(results.map(\.confidenceLevel))
        let level = levels.count == 1 ? "\(Int((levels.first! * 100).rounded()))% " : ""
        let series = zip(results, table.columnLabels).map { result, name in
            Series(name: name, intervals: shown.map { term in
                result.coefficient(term).map { Interval(estimate: $0.estimate, lower: $0.confLow, upper: $0.confHigh) }
            })
        }
        self.init(title: title, xLabel: "Estimate and \(level)confidence interval", terms: shown, series: series)
    }
}
