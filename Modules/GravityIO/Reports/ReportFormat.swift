import GravityCore

/// The formats every report can be written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Aligned plain text for the terminal.
    case text
    /// The documented JSON schema.
    case json
    /// GitHub-flavoured Markdown tables.
    case markdown
    /// Comma-separated values.
    case csv
}

/// Renders an estimation result in any ``ReportFormat``.
public enum ResultReport {
    /// The result in `format`; `summary` is the estimator's one-line description for the English
    /// text header. Text and Markdown follow `language`; JSON and CSV are the same in every language.
    public static func render(_ result: EstimationResult, format: ReportFormat, summary: String? = nil,
                              language: RegressionTableOptions.Language = .en) -> String {
        switch format {
        case .text: return ResultText.render(result, summary: summary, language: language)
        case .json: return ResultJSON.string(result) + "\n"
        case .markdown: return ResultMarkdown.render(result, language: language)
        case .csv: return ResultCSV.render(result)
        }
    }
}
