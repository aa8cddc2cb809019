extension RegressionTable {
    /// A complete LaTeX `table` environment: caption and label when given, a booktabs `tabular` with
    /// one `l` column and one `c` column per model, numbers in math mode with stars as `^{***}`, and
    /// the notes in a footnote-size block under the tabular.
    func latex() -> String {
        let layout = layout()
        let words = Vocabulary(options.language)
        func cell(_ cell: Cell) -> String {
            let stars = cell.stars.isEmpty ? "" : "^{\(cell.stars)}"
            return cell.isNumber ? "$" + cell.enclosedText + stars + "$" : Self.latexEscape(cell.enclosedText) + (stars.isEmpty ? "" : "$\(stars)$")
        }
        func row(_ cells: [String]) -> String { cells.joined(separator: " & ") + " \\\\" }
        var lines = ["\\begin{table}[htbp]", "\\centering"]
        if let caption = options.caption { lines.append("\\caption{\(Self.latexEscape(caption))}") }
        if let label = options.label { lines.append("\\label{\(label)}") }
        lines.append("\\begin{tabular}{l" + String(repeating: "c", count: layout.columns.count) + "}")
        lines.append("\\toprule")
        lines.append(row(([layout.corner] + layout.columns).map(Self.latexEscape)))
        for section in layout.sections {
            lines.append("\\midrule")
            for r in section { lines.append(row([r.latexLabel ?? Self.latexEscape(r.label)] + r.cells.map(cell))) }
        }
        lines.append("\\bottomrule")
        lines.append("\\end{tabular}")
        if !layout.notes.isEmpty {
            lines.append("\\par\\smallskip")
            lines.append("\\begin{minipage}{\\linewidth}\\footnotesize\\raggedright")
            lines += layout.notes.map { note in
                switch note {
                case .text(let text): return Self.latexEscape(text) + "\\par"
                case .stars(let levels): return words.starsNote(levels, latex: true) + "\\par"
                }
            }
            lines.append("\\end{minipage}")
        }
        lines.append("\\end{table}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with LaTeX's special characters escaped for text mode.
    static func latexEscape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\textbackslash{}"
            case "{", "}", "_", "%", "&", "#", "$": out += "\\" + String(character)
            case "^": out += "\\textasciicircum{}"
            case "~": out += "\\textasciitilde{}"
            case "<": out += "\\textless{}"
            case ">": out += "\\textgreater{}"
            case "|": out += "\\textbar{}"
            default: out.append(character)
            }
        }
        return out
    }
}
