import GravityCore

/// A plain-text report of an ``EstimationResult``, in the spirit of R's `summary()` and Stata's output.
public enum ResultText {
    /// The report in `language`. In Chinese every heading, label, statistic name, standard-error
    /// description, test and verdict is Chinese, and so are the notes the estimator translated;
    /// those it wrote in English only follow under a heading that says so.
    public static func render(_ result: EstimationResult, summary: String? = nil, language: RegressionTableOptions.Language = .en) -> String {
        let words = ResultWording(language)
        var lines: [String] = []
        lines.append(words.modelLine(result, summary: summary))
        lines.append(words.formula + result.formula)
        lines.append(words.observations + NumberFormatting.grouped(result.nobs))
        lines.append(words.standardErrors + words.covariance(result.covarianceLabel))
        lines.append("")
        lines.append(TextTable(header: words.coefficientHeader(result), rows: words.coefficientRows(result)).rendered())
        if !result.statistics.isEmpty {
            lines.append("")
            let names = result.statistics.map { words.statistic($0.key) }
            let width = names.map(\.terminalWidth).max() ?? 0
            for (name, statistic) in zip(names, result.statistics) {
                lines.append(name + String(repeating: " ", count: width - name.terminalWidth) + "  " + NumberFormatting.significant(statistic.value, digits: 8))
            }
        }
        if !result.fixedEffects.isEmpty {
            lines.append("")
            lines.append(words.fixedEffectsHeading)
            let width = result.fixedEffects.map(\.name.count).max() ?? 0
            for effect in result.fixedEffects {
                lines.append("  " + effect.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + words.fixedEffect(effect))
            }
        }
        if !result.tests.isEmpty {
            lines.append("")
            lines.append(words.testsHeading)
            for test in result.tests { lines.append("  " + TestDescription.lineWithVerdict(test, language: language)) }
        }
        for section in words.noteSections(result.bilingualNotes) {
            lines.append("")
            lines.append(section.heading)
            for note in section.sentences { lines.append("  - " + note) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One test on one line: `name: F(2, 197) = 426.58, p = 1.2e-71`.
    public static func describe(_ test: TestResult) -> String {
        TestDescription.lineWithVerdict(test)
    }
}
