import Foundation
import GravityIO

/// A table with grouped column headings (conditional, full endowment) rendered as text, Markdown or LaTeX.
struct GETable {
    /// The heading of the label column.
    let corner: String
    /// Column groups: a heading and its columns.
    let groups: [(String, [String])]
    /// Body rows: the label and one cell per column.
    let rows: [[String]]
    /// What the numbers are.
    let unit: String
    /// Whether the labels are Chinese.
    let chinese: Bool

    private var columns: [String] { groups.flatMap { group in group.1.map { group.0 == groups[0].0 ? "\($0) (\(group.0))" : $0 } } }

    /// Aligned text under a line naming the groups.
    func text() -> String {
        let (conditional, full) = chinese ? ("条", "全") : ("C", "F")
        let (colon, comma, semicolon) = chinese ? ("：", "，", "；") : (": ", ", ", "; ")
        let heading = groups.map { $0.0 + colon + $0.1.joined(separator: comma) }.joined(separator: semicolon)
        let header = [corner] + groups.flatMap { group in group.1.map { "\($0) \(group.0 == groups[0].0 ? conditional : full)" } }
        let key = "\(conditional) = \(groups[0].0)" + (groups.count > 1 ? comma + "\(full) = \(groups[1].0)" : "")
        let (open, close) = chinese ? ("（", "）") : ("(", ")")
        return unit + semicolon + key + "\n" + open + heading + close + "\n\n" + TextTable(header: header, rows: rows).rendered() + "\n"
    }

    /// A Markdown table with the group in each heading.
    func markdown() -> String {
        var out = "| " + ([corner] + columns).map(ResultMarkdown.escape).joined(separator: " | ") + " |\n"
        out += "|:--|" + String(repeating: "--:|", count: columns.count) + "\n"
        for row in rows { out += "| " + row.map(ResultMarkdown.escape).joined(separator: " | ") + " |\n" }
        return out + "\n" + unit + "\n"
    }

    /// A booktabs table with the groups spanning their columns.
    func latex(caption: String) -> String {
        let escape = RegressionTable.latexEscape
        var lines = ["% Needs \\usepackage{booktabs,graphicx} in the preamble" + (chinese ? "; its Chinese labels need CJKutf8 (pdflatex) or ctex (xelatex)." : "."),
                     "\\begin{table}[htbp]", "\\centering"] + RegressionTable.latexCaption(escape(caption), chinese: chinese) + ["\\resizebox{\\linewidth}{!}{%",
                     "\\begin{tabular}{l" + String(repeating: "r", count: columns.count) + "}", "\\toprule"]
        var start = 2
        var spans: [String] = [], rules: [String] = []
        for group in groups {
            spans.append("\\multicolumn{\(group.1.count)}{c}{\(escape(group.0))}")
            rules.append("\\cmidrule(lr){\(start)-\(start + group.1.count - 1)}")
            start += group.1.count
        }
        lines.append(" & " + spans.joined(separator: " & ") + " \\\\")
        lines.append(rules.joined())
        lines.append(([corner] + groups.flatMap(\.1)).map(escape).joined(separator: " & ") + " \\\\")
        lines.append("\\midrule")
        for row in rows { lines.append(row.map(escape).joined(separator: " & ") + " \\\\") }
        lines += ["\\bottomrule", "\\end{tabular}}", "\\par\\smallskip{\\footnotesize \(escape(unit))}", "\\end{table}"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Word document (.docx) with the publication renderer's three-line table: the caption, the
    /// group headings, the column headings, the rows and the unit in small type.
    func docx(caption: String) -> Data {
        var document = WordDocument()
        document.paragraph(caption, caption: true)
        let groupCells = groups.flatMap { group in group.1.indices.map { $0 == 0 ? group.0 : "" } }
        document.table(headers: [[""] + groupCells, [corner] + groups.flatMap(\.1)], rows: rows)
        document.paragraph(unit)
        return document.data(landscape: true)
    }
}
