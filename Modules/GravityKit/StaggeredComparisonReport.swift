import Foundation
import GravityCharts
import GravityCore
import GravityDiD
import GravityIO
import GravityStatistics

/// The reports of a staggered-DiD comparison in English or Chinese: the publication table of the
/// estimators side by side, the event-study chart and the Goodman-Bacon decomposition as text.
/// Shared by `gravity did` and the pilot-zone tutorial.
public struct StaggeredComparisonReport: Sendable {
    /// The language of every label.
    public let language: RegressionTableOptions.Language

    /// A report in `language`.
    public init(language: RegressionTableOptions.Language = .en) {
        self.language = language
    }

    private var chinese: Bool { language == .zh }

    /// The column label of an estimator key.
    public func estimatorLabel(_ key: String) -> String {
        switch key {
        case "twfe": return chinese ? "双向固定效应" : "TWFE"
        case "sun-abraham": return "Sun-Abraham"
        case "cs": return "Callaway-Sant'Anna"
        default: return chinese ? "两阶段 (did2s)" : "did2s"
        }
    }

    /// The row label of a term (`ATT`, `event::e`).
    public func termLabel(_ term: String) -> String {
        if term == "ATT" { return chinese ? "总体处理效应 ATT" : "ATT (overall)" }
        let e = term.replacingOccurrences(of: "event::", with: "")
        return chinese ? "事件时间 \(e)" : "Event time \(e)"
    }

    /// The note under the table.
    public var tableNote: String {
        chinese
            ? "事件时间以处理前一期 (-1) 为基准；Callaway-Sant'Anna 的处理前效应为逐期比较。双向固定效应、Sun-Abraham 按单位聚类（fixest 小样本校正）；Callaway-Sant'Anna 为影响函数标准误；did2s 为两阶段 GMM 聚类标准误。"
            : "Event time relative to the period before treatment (-1, the reference); Callaway-Sant'Anna's pre-treatment effects compare consecutive periods. TWFE and Sun-Abraham: clustered by unit (fixest's small-sample factor); Callaway-Sant'Anna: influence-function SEs; did2s: two-stage GMM SEs clustered by unit."
    }

    /// The estimators side by side: rows `ATT` and the event times, labelled in the report's language.
    public func table(_ comparison: StaggeredComparison, options: RegressionTableOptions = RegressionTableOptions()) -> RegressionTable {
        var options = options
        options.language = language
        let models = comparison.tableModels
        let terms = Set(models.flatMap(\.terms))
        for term in terms where options.renames[term] == nil { options.renames[term] = termLabel(term) }
        if options.keep == nil {
            let events = terms.compactMap { Int($0.replacingOccurrences(of: "event::", with: "")) }.sorted()
            options.keep = ["ATT"] + events.map { "event::\($0)" }
        }
        options.notes.append(tableNote)
        return RegressionTable(models: models, labels: comparison.summaries.map { estimatorLabel($0.key) }, options: options)
    }

    /// The event-study chart: every estimator's event-time effects with normal intervals at the
    /// design's level, and optionally the true effects of a simulation.
    public func chart(_ comparison: StaggeredComparison, truth: [(eventTime: Int, effect: Double)]? = nil) -> EventStudyChart {
        let level = comparison.design.confidenceLevel
        let z = NormalDistribution.standard.quantile(0.5 + level / 2)
        let series = comparison.summaries.map { summary in
            EventStudyChart.Series(name: estimatorLabel(summary.key), points: summary.eventTime.map {
                EventStudyChart.Point(eventTime: $0.eventTime, estimate: $0.estimate, lower: $0.estimate - z * $0.standardError,
                                      upper: $0.estimate + z * $0.standardError)
            })
        }
        let percent = Int((level * 100).rounded())
        return EventStudyChart(title: chinese ? "事件研究：各估计量的动态效应" : "Event study: effects by periods since treatment",
                               xLabel: chinese ? "相对处理时间（期）" : "Periods since treatment",
                               yLabel: chinese ? "估计值与 \(percent)% 置信区间" : "Estimate and \(percent)% confidence interval",
                               series: series, truth: truth.map { (chinese ? "真实效应" : "True effect", $0) })
    }

    /// The Goodman-Bacon decomposition as text: weight and mean estimate of each kind of comparison.
    public func baconText(_ bacon: BaconDecomposition) -> String {
        var lines = [chinese ? "Goodman-Bacon 分解（双向固定效应估计 = 各 2x2 DID 的加权平均）" : "Goodman-Bacon decomposition (TWFE = weighted average of 2x2 DiDs)"]
        for part in bacon.summary {
            let kind: String
            switch part.kind {
            case .treatedVersusNever: kind = chinese ? "处理组与从未处理组" : "treated vs never treated"
            case .earlierVersusLater: kind = chinese ? "较早处理与较晚处理（尚未处理）" : "earlier vs later treated (not yet treated)"
            case .laterVersusEarlier: kind = chinese ? "较晚处理与较早处理（已处理，“坏”比较）" : "later vs earlier treated (already treated)"
            }
            lines.append(chinese ? String(format: "  %@：权重 %.3f，估计 %.4f", kind, part.weight, part.estimate)
                                 : String(format: "  %@: weight %.3f, estimate %.4f", kind, part.weight, part.estimate))
        }
        lines.append(String(format: "  %@ = %.4f", chinese ? "双向固定效应估计" : "TWFE", bacon.twoWayEstimate))
        return lines.joined(separator: "\n")
    }
}
