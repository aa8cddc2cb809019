import GravityCharts

/// The per-country chart of a counterfactual: welfare (real GDP) and export changes of the full
/// endowment equilibrium (conditional exports when only that was computed), with the bootstrap's
/// percentile intervals when present, countries ordered by the welfare change.
public enum GEChart {
    /// The chart as SVG text.
    public static func svg(_ analysis: GEAnalysis, chinese: Bool = false) -> String {
        let outcome = analysis.outcome
        let words = GEVocabulary(chinese: chinese)
        let level = analysis.bootstrap.map { " (\(Int(($0.level * 100).rounded()))% \(chinese ? "自助法区间" : "bootstrap intervals"))" } ?? ""
        let series: [(name: String, figure: Int, full: Bool)] = outcome.fullChanges != nil
            ? [(words.realGDP, 6, true), (words.exports, 0, true)]
            : [(words.exports + " (" + words.conditional + ")", 0, false)]
        let order = outcome.countries.indices.sorted { a, b in
            let key = series[0]
            return value(outcome, a, key.figure, key.full) > value(outcome, b, key.figure, key.full)
        }
        let plotted = series.map { s in
            CoefficientPlot.Series(name: s.name, intervals: order.map { i in
                let estimate = value(outcome, i, s.figure, s.full)
                let range = s.full ? analysis.bootstrap?.full?[i][s.figure] : analysis.bootstrap?.conditional[i][s.figure]
                return CoefficientPlot.Interval(estimate: estimate, lower: range?.lowerBound ?? estimate, upper: range?.upperBound ?? estimate)
            })
        }
        let title = (chinese ? "一般均衡反事实：" : "General-equilibrium counterfactual: ") + analysis.scenario.joined(separator: ", ")
        return CoefficientPlot(title: title, xLabel: words.unit + level, terms: order.map { outcome.countries[$0] }, series: plotted).svg()
    }

    private static func value(_ outcome: GEOutcome, _ i: Int, _ figure: Int, _ full: Bool) -> Double {
        (full ? outcome.fullChanges![i] : outcome.conditionalChanges[i]).values[figure]
    }
}
