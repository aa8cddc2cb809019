/// The formats a ``RegressionTable`` can be written in.
public enum RegressionTableFormat: String, Sendable, CaseIterable {
    /// Aligned plain text for the terminal.
    case text
    /// A GitHub-flavoured Markdown table followed by the notes.
    case markdown
    /// A LaTeX `table` environment with a booktabs `tabular` (needs `\usepackage{booktabs}`; Chinese
    /// labels need a CJK-capable setup such as ctex).
    case latex
    /// An HTML `<table>` with `thead`, `tbody` and a `tfoot` holding the notes; well-formed XML.
    case html
    /// The cells as comma-separated values, the notes as rows after them.
    case csv
    /// The numbers behind the cells as JSON.
    case json

    /// The table format matching a ``ReportFormat``.
    public init(_ format: ReportFormat) {
        switch format {
        case .text: self = .text
        case .json: self = .json
        case .markdown: self = .markdown
        case .csv: self = .csv
        }
    }
}
