import Foundation
import GravityCharts

/// The per-country chart of a counterfactual: two panels side by side, welfare (real GDP) and
/// exports, of the full endowment equilibrium (conditional exports alone when only that was
/// computed), with the bootstrap's percentile intervals when present; countries ordered by the
/// first panel's change. Each panel has its own axis, so that large export changes do not flatten
/// the welfare changes.
public enum GEChart {
    /// The chart as SVG text.
    public static func svg(_ analysis: GEAnalysis, chinese: Bool = false) -> String {
        let outcome = analysis.outcome
        let words = GEVocabulary(chinese: chinese)
        let level = analysis.bootstrap.map { " (\(Int(($0.level * 100).rounded()))% \(chinese ? "自助法区间" : "bootstrap intervals"))" } ?? ""
        let panels: [(name: String, figure: Int, full: Bool)] = outcome.fullChanges != nil
            ? [(words.realGDP, 6, true), (words.exports, 0, true)]
            : [(words.exports + " (" + words.conditional + ")", 0, false)]
        let order = outcome.countries.indices.sorted {
            value(outcome, $0, panels[0].figure, panels[0].full) > value(outcome, $1, panels[0].figure, panels[0].full)
        }
        let documents = panels.map { panel -> String in
            let series = CoefficientPlot.Series(name: panel.name + level, intervals: order.map { i in
                let estimate = value(outcome, i, panel.figure, panel.full)
                let range = panel.full ? analysis.bootstrap?.full?[i][panel.figure] : analysis.bootstrap?.conditional[i][panel.figure]
                return CoefficientPlot.Interval(estimate: estimate, lower: range?.lowerBound ?? estimate, upper: range?.upperBound ?? estimate)
            })
            return CoefficientPlot(title: panel.name + (chinese ? "：" : ": ") + GEReport.scenario(analysis, chinese: chinese), xLabel: words.unit,
                                   terms: order.map { outcome.countries[$0] }, series: [series]).svg(width: panelWidth)
        }
        return sideBySide(documents)
    }

    private static let panelWidth = 640.0

    /// Standalone SVG documents of equal height placed side by side in one document.
    static func sideBySide(_ documents: [String]) -> String {
        let opening = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        let height = documents.first.flatMap { document -> String? in
            guard let range = document.range(of: "height=\"") else { return nil }
            return String(document[range.upperBound...].prefix { $0 != "\"" })
        } ?? "600"
        let width = panelWidth * Double(documents.count)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + opening + "width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">\n"
        for (k, document) in documents.enumerated() {
            let body = document.split(separator: "\n", maxSplits: 1).last.map(String.init) ?? ""
            out += body.replacingOccurrences(of: opening, with: "<svg x=\"\(panelWidth * Double(k))\" y=\"0\" ") + "\n"
        }
        return out + "</svg>\n"
    }

    private static func value(_ outcome: GEOutcome, _ i: Int, _ figure: Int, _ full: Bool) -> Double {
        (full ? outcome.fullChanges![i] : outcome.conditionalChanges[i]).values[figure]
    }
}
