import GravityCore

/// A plain-text report of an ``EstimationResult``, in the spirit of R's `summary()` and Stata's output.
public enum ResultText {
    /// The report.
    public static func render(_ result: EstimationResult, summary: String? = nil) -> String {
        var lines: [String] = []
        lines.append("Model: \(result.model)" + (summary.map { " - \($0)" } ?? ""))
        lines.append("Formula: \(result.formula)")
        lines.append("Observations: \(result.nobs)")
        lines.append("Standard errors: \(result.covarianceLabel)")
        lines.append("")
        let level = Int((result.confidenceLevel * 100).rounded())
        let s = result.inference.statisticName
        let header = ["Term", "Estimate", "Std. Error", "\(s) value", "Pr(>|\(s)|)", "[\(level)% Conf.", "Interval]"]
        let rows = result.coefficients.map { row in
            [row.term, NumberFormatting.significant(row.estimate), NumberFormatting.significant(row.stdError),
             NumberFormatting.significant(row.statistic, digits: 4), NumberFormatting.pValue(row.pValue),
             NumberFormatting.significant(row.confLow), NumberFormatting.significant(row.confHigh)]
        }
        lines.append(TextTable(header: header, rows: rows).rendered())
        if !result.statistics.isEmpty {
            lines.append("")
            let width = result.statistics.map(\.key.count).max() ?? 0
            for statistic in result.statistics {
                lines.append(statistic.key.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + NumberFormatting.significant(statistic.value, digits: 8))
            }
        }
        if !result.fixedEffects.isEmpty {
            lines.append("")
            lines.append("Fixed effects:")
            let width = result.fixedEffects.map(\.name.count).max() ?? 0
            for effect in result.fixedEffects {
                let removed = effect.levelsRemoved > 0 ? " (\(effect.levelsRemoved) removed)" : ""
                lines.append("  " + effect.name.padding(toLength: width, withPad: " ", startingAt: 0)
                             + "  \(effect.levelCount) levels\(removed), absorbing \(effect.absorbedDegreesOfFreedom) df")
            }
        }
        if !result.tests.isEmpty {
            lines.append("")
            lines.append("Tests:")
            for test in result.tests { lines.append("  " + describe(test)) }
        }
        if !result.notes.isEmpty {
            lines.append("")
            lines.append("Notes:")
            for note in result.notes { lines.append("  - " + note) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One test on one line: `name: F(2, 197) = 426.58, p = 1.2e-71`.
    public static func describe(_ test: TestResult) -> String {
        TestDescription.lineWithVerdict(test)
    }
}
