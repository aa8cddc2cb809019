import Foundation
import GravityCore
import GravityIO

/// The formats `gravity potential` writes: the report formats (text, JSON, Markdown, CSV of the
/// long table) and the publication documents (a booktabs LaTeX table of the wide table with the
/// notes below it; a Word .docx, binary, so it needs an output file).
public enum PotentialFormat: String, Sendable, CaseIterable {
    /// One of the formats above, by its `--format` name.
    case text, json, markdown, csv, latex, docx

    /// The report format this is, nil for the publication documents.
    public var reportFormat: ReportFormat? { ReportFormat(rawValue: rawValue) }
}

extension PotentialReport {
    /// The wide table (unit by period, K and class) as a LaTeX table: the title as caption, scaled
    /// to the line, the warning and notes below; its first lines name the packages it needs (and
    /// CJKutf8 or ctex for Chinese).
    public static func latex(_ potential: TradePotential, language: RegressionTableOptions.Language = .en) -> String {
        let escape = RegressionTable.latexEscape
        let words = PotentialWording(language)
        var lines = ["% Needs \\usepackage{booktabs,graphicx} in the preamble."]
        if language == .zh {
            lines.append("% Holds Chinese text: needs ctex (\\usepackage{ctex} with xelatex or lualatex), or with pdflatex \\usepackage{CJKutf8} and the table inside \\begin{CJK}{UTF8}{gbsn}...\\end{CJK}.")
        }
        lines += ["\\begin{table}[htbp]", "\\centering", "\\small"] + RegressionTable.latexCaption(escape(words.title(potential)), chinese: language == .zh)
        // Each cell stacks K over its class, so that eight periods fit a portrait page.
        func stacked(_ cell: String) -> String {
            guard let space = cell.firstIndex(of: " ") else { return escape(cell) }
            return "\\begin{tabular}[c]{@{}c@{}}" + escape(String(cell[..<space])) + "\\\\ " + escape(String(cell[cell.index(after: space)...])) + "\\end{tabular}"
        }
        var tabular = ["\\begin{tabular}{@{}l" + String(repeating: "c", count: potential.periods.count) + "@{}}", "\\toprule",
                       ([potential.panel.unit] + potential.periods).map(escape).joined(separator: " & ") + " \\\\", "\\midrule"]
        for cells in wideCells(potential, language: language) {
            tabular.append(([escape(cells[0])] + cells.dropFirst().map(stacked)).joined(separator: " & ") + " \\\\")
        }
        tabular += ["\\bottomrule", "\\end{tabular}"]
        let notes = (potential.warning.map { [$0.text(in: language)] } ?? []) + words.notes(potential)
        lines += RegressionTable.fittedToLine(tabular: tabular, notes: notes.map(escape))
        lines.append("\\end{table}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The wide table as a Word document: the title, the table (landscape A4), the paths through
    /// the classes and the notes, with Chinese text intact.
    public static func docx(_ potential: TradePotential, language: RegressionTableOptions.Language = .en) -> Data {
        let words = PotentialWording(language)
        var document = WordDocument()
        document.paragraph(words.title(potential), caption: true)
        if let warning = potential.warning { document.paragraph(warning.text(in: language)) }
        document.table(headers: [[potential.panel.unit] + potential.periods], rows: wideCells(potential, language: language))
        document.paragraph(words.pathsHeading)
        for path in potential.pathDescriptions(in: language) { document.paragraph(path) }
        document.paragraph(words.notesHeading)
        for note in words.notes(potential) { document.paragraph(note) }
        return document.data(landscape: true)
    }
}
