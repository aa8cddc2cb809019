import GravityCharts
import GravityCore

extension CoefficientPlot {
    /// A plot of the estimates and confidence intervals of fitted models, one colour per model, in
    /// one panel per group of comparable terms: elasticities (regressors written `log(...)`),
    /// semi-elasticities (regressors in levels and indicators) and inefficiency determinants
    /// (`Z_...`). Auxiliary parameters (frontier variance parameters) are never drawn: they are
    /// not on a coefficient's scale.
    ///
    /// - Parameters:
    ///   - results: the models, in legend order; each interval is at the model's own confidence level.
    ///   - labels: legend labels in order; models without one are named as in ``RegressionTable``.
    ///   - terms: the terms to show; by default every term of every model in order of first
    ///     appearance, except `(Intercept)`, whose scale usually dwarfs the slopes.
    ///   - title: the title above the plot.
    ///   - language: the language of the axis, the panel titles and the model names.
    public init(results: [EstimationResult], labels: [String]? = nil, terms: [String]? = nil, title: String = "Coefficients",
                language: RegressionTableOptions.Language = .en) {
        let table = RegressionTable(models: results, labels: labels, options: .init(language: language))
        let chosen = (terms ?? table.terms).filter { $0 != "(Intercept)" && !RegressionTable.auxiliaryTerms.contains($0) }
        let kinds = chosen.map(Self.kind)
        let shown = [0, 1, 2].flatMap { kind in chosen.indices.filter { kinds[$0] == kind }.map { chosen[$0] } }
        let levels = Set(results.map(\.confidenceLevel))
        let level = levels.count == 1 ? "\(Int((levels.first! * 100).rounded()))% " : ""
        let series = zip(results, table.columnLabels).map { result, name in
            Series(name: name, intervals: shown.map { term in
                result.coefficient(term).map { Interval(estimate: $0.estimate, lower: $0.confLow, upper: $0.confHigh) }
            })
        }
        let zh = language == .zh
        let titles = zh ? ["弹性（对数解释变量）", "半弹性（水平值与虚拟变量）", "无效率影响因素"]
            : ["Elasticities (logged regressors)", "Semi-elasticities (levels and indicators)", "Inefficiency determinants"]
        let groups = Set(kinds).count > 1 ? shown.map { titles[Self.kind($0)] } : []
        self.init(title: title, xLabel: zh ? "估计值与\(level.isEmpty ? "" : level)置信区间" : "Estimate and \(level)confidence interval",
                  terms: shown, series: series, groups: groups)
    }

    /// 0 for an elasticity (`log(...)`), 2 for an inefficiency determinant (`Z_...`), 1 otherwise.
    static func kind(_ term: String) -> Int {
        if term.hasPrefix("Z_") { return 2 }
        return term.hasPrefix("log(") || term.hasPrefix("log10(") || term.hasPrefix("log1p(") ? 0 : 1
    }
}
