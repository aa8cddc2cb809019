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
    public init(results: [EstimationResult], labels: [String?]? = nil, terms: [String]? = nil, title: String = "Coefficients",
                language: RegressionTableOptions.Language = .en) {
        self.init(results: results, labels: labels, terms: terms, title: title, language: language, spreads: nil)
    }

    /// The same plot on the ``CoefficientScale/standardised`` scale: each estimate and interval
    /// times sd(x) over the model's estimation sample in `data` (the data every model was fitted
    /// to), so that the regressors share one axis; inefficiency determinants keep their own panel.
    public init(standardising results: [EstimationResult], in data: Dataset, labels: [String?]? = nil, terms: [String]? = nil,
                title: String = "Standardised coefficients", language: RegressionTableOptions.Language = .en) throws {
        let spreads = try results.map { try RegressorSpread.standardDeviations(of: $0, in: data) }
        self.init(results: results, labels: labels, terms: terms, title: title, language: language, spreads: spreads)
    }

    /// The plot, on the raw scale when `spreads` is nil, else with each model's terms multiplied by its sd(x).
    private init(results: [EstimationResult], labels: [String?]?, terms: [String]?, title: String,
                 language: RegressionTableOptions.Language, spreads: [[String: Double]]?) {
        let table = RegressionTable(models: results, labels: labels, options: .init(language: language))
        let chosen = (terms ?? table.terms).filter { $0 != "(Intercept)" && !RegressionTable.auxiliaryTerms.contains($0) }
        // Standardised terms share one panel (kind 0); inefficiency determinants keep theirs.
        let kinds = chosen.map { spreads == nil || Self.kind($0) == 2 ? Self.kind($0) : 0 }
        let order = [0, 1, 2].flatMap { kind in chosen.indices.filter { kinds[$0] == kind } }
        let shown = order.map { chosen[$0] }, shownKinds = order.map { kinds[$0] }
        let levels = Set(results.map(\.confidenceLevel))
        let level = levels.count == 1 ? "\(Int((levels.first! * 100).rounded()))% " : ""
        let series = zip(results.indices, table.columnLabels).map { model, name in
            Series(name: name, intervals: shown.map { term -> Interval? in
                guard let c = results[model].coefficient(term) else { return nil }
                let sd = Self.kind(term) == 2 ? 1 : (spreads.map { $0[model][term] ?? .nan } ?? 1)
                return Interval(estimate: c.estimate * sd, lower: c.confLow * sd, upper: c.confHigh * sd)
            })
        }
        let zh = language == .zh
        var titles = zh ? ["弹性（对数解释变量）", "半弹性（水平值与虚拟变量）", "无效率影响因素"]
            : ["Elasticities (logged regressors)", "Semi-elasticities (levels and indicators)", "Inefficiency determinants"]
        if spreads != nil { titles[0] = zh ? "标准化系数 b × sd(x)" : "Standardised coefficients b × sd(x)" }
        let groups = Set(shownKinds).count > 1 ? shownKinds.map { titles[$0] } : []
        let interval = zh ? "\(level.isEmpty ? "" : level)置信区间" : "\(level)confidence interval"
        let xLabel: String
        if spreads != nil {
            let responses = Set(results.map(\.responseName))
            let response = responses.count == 1 ? (zh ? " \(responses.first!) " : responses.first!) : (zh ? "被解释变量" : "the response")
            xLabel = zh ? "b × sd(x)：解释变量增加一个标准差时\(response)的变化（listcoef bStdX），\(interval)"
                : "b × sd(x): change in \(response) per sd of the regressor (listcoef bStdX), \(interval)"
        } else {
            xLabel = zh ? "估计值与\(interval)" : "Estimate and \(interval)"
        }
        self.init(title: title, xLabel: xLabel, terms: shown, series: series, groups: groups)
    }

    /// 0 for an elasticity (`log(...)`), 2 for an inefficiency determinant (`Z_...`), 1 otherwise.
    static func kind(_ term: String) -> Int {
        if term.hasPrefix("Z_") { return 2 }
        return term.hasPrefix("log(") || term.hasPrefix("log10(") || term.hasPrefix("log1p(") ? 0 : 1
    }
}
