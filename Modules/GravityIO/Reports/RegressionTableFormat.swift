/// The formats a ``RegressionTable`` can be written in.
public enum RegressionTableFormat: String, Sendable, CaseIterable {
    /// Aligned plain text for the terminal.
    case text
    /// A GitHub-flavoured Markdown table followed by the notes.
    case markdown
    /// A LaTeX `table` environment with a booktabs `tabular` that fits the page (its first line names
    /// the packages it needs; a Chinese table says that it needs ctex).
    case latex
    /// An HTML `<table>` with `thead`, `tbody` and a `tfoot` holding the notes; well-formed XML.
    case html
    /// The cells as comma-separated values, the notes as rows after them.
    case csv
    /// The numbers behind the cells as JSON.
    case json
    /// A Word document (Office Open XML .docx), a binary zip: written with ``RegressionTable/data(_:)``.
    case docx

    /// Whether the format is binary (written as bytes, not text).
    public var isBinary: Bool { self == .docx }

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
