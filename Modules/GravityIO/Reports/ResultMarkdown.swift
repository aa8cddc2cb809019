import GravityCore

/// A Markdown report of an ``EstimationResult``: a coefficient table, a statistics table, tests and notes.
public enum ResultMarkdown {
    /// The report.
    public static func render(_ result: EstimationResult) -> String {
        var out = "### \(result.model): `\(result.formula)`\n\n"
        out += "Observations: \(result.nobs). Standard errors: \(result.covarianceLabel).\n\n"
        let s = result.inference.statisticName
        let level = Int((result.confidenceLevel * 100).rounded())
        out += "| Term | Estimate | Std. Error | \(s) | p-value | \(level)% CI low | \(level)% CI high |\n"
        out += "|:--|--:|--:|--:|--:|--:|--:|\n"
        for row in result.coefficients {
            let cells = [escape(row.term), NumberFormatting.significant(row.estimate), NumberFormatting.significant(row.stdError),
                         NumberFormatting.significant(row.statistic, digits: 4), NumberFormatting.pValue(row.pValue),
                         NumberFormatting.significant(row.confLow), NumberFormatting.significant(row.confHigh)]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        if !result.statistics.isEmpty {
            out += "\n| Statistic | Value |\n|:--|--:|\n"
            for statistic in result.statistics { out += "| \(statistic.key) | \(NumberFormatting.significant(statistic.value, digits: 8)) |\n" }
        }
        if !result.tests.isEmpty {
            out += "\n**Tests**\n\n"
            for test in result.tests { out += "- \(escape(ResultText.describe(test)))\n" }
        }
        if !result.notes.isEmpty {
            out += "\n**Notes**\n\n"
            for note in result.notes { out += "- \(note)\n" }
        }
        return out
    }

    /// Escapes the characters that would break a Markdown table cell.
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "*", with: "\\*")
    }
}
