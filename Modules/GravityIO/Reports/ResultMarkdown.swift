import GravityCore

/// A Markdown report of an ``EstimationResult``: a coefficient table, a statistics table, tests and notes.
public enum ResultMarkdown {
    /// The report in `language` (see ``ResultText/render(_:summary:language:)`` for what a Chinese report translates).
    public static func render(_ result: EstimationResult, language: RegressionTableOptions.Language = .en) -> String {
        let words = ResultWording(language)
        let zh = language == .zh
        var out = "### \(words.modelName(result))\(words.colon)`\(result.formula)`\n\n"
        out += words.observations + NumberFormatting.grouped(result.nobs) + (zh ? "。" : ". ") + words.standardErrors
            + escape(words.covariance(result.covarianceLabel)) + (zh ? "。" : ".") + "\n\n"
        out += "| " + words.markdownCoefficientHeader(result).map(escape).joined(separator: " | ") + " |\n"
        out += "|:--|--:|--:|--:|--:|--:|--:|\n"
        for row in words.coefficientRows(result) { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        if !result.statistics.isEmpty {
            out += zh ? "\n| 统计量 | 数值 |\n|:--|--:|\n" : "\n| Statistic | Value |\n|:--|--:|\n"
            for statistic in result.statistics {
                out += "| \(escape(words.statistic(statistic.key))) | \(NumberFormatting.significant(statistic.value, digits: 8)) |\n"
            }
        }
        if !result.fixedEffects.isEmpty {
            out += "\n**" + words.fixedEffectsHeading.dropLast() + "**\n\n"
            for effect in result.fixedEffects { out += "- \(escape(effect.name))\(words.colon)\(words.fixedEffect(effect))\n" }
        }
        if !result.tests.isEmpty {
            out += "\n**" + words.testsHeading.dropLast() + "**\n\n"
            for test in result.tests { out += "- \(escape(TestDescription.lineWithVerdict(test, language: language)))\n" }
        }
        for section in words.noteSections(result.bilingualNotes) {
            out += "\n**" + section.heading.dropLast() + "**\n\n"
            for note in section.sentences { out += "- \(note)\n" }
        }
        return out
    }

    /// Escapes the characters that would break a Markdown table cell.
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "*", with: "\\*")
    }
}
