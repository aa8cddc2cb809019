import GravityCore

extension RegressionTable {
    /// The preamble packages the LaTeX table needs; Chinese tables add ctex.
    public static let latexPackages = ["booktabs", "array", "graphicx"]

    /// A complete LaTeX `table` environment that fits the page: a comment naming the packages it
    /// needs (and ctex when it holds Chinese), caption and label when given, a booktabs `tabular`
    /// with a ragged-right label column that wraps long labels and one `c` column per model headed
    /// by its number and its (wrapped) label, numbers in math mode with stars as `^{***}`, measured
    /// in a box and scaled to the line width only when it is wider, and the notes in a
    /// footnote-size block as wide as the table under it.
    func latex() -> String {
        let layout = layout()
        let words = Vocabulary(options.language)
        func cell(_ cell: Cell) -> String {
            let stars = cell.stars.isEmpty ? "" : "^{\(cell.stars)}"
            return cell.isNumber ? "$" + cell.enclosedText.replacingOccurrences(of: ",", with: "{,}") + stars + "$"
                : Self.latexEscape(cell.enclosedText) + (stars.isEmpty ? "" : "$\(stars)$")
        }
        func row(_ cells: [String]) -> String { cells.joined(separator: " & ") + " \\\\" }
        let labelWidth = min(4.2, max(2.0, Double(layout.sections.joined().map { $0.label.count }.max() ?? 10) * 0.19))

        var lines: [String] = ["% Needs \\usepackage{" + Self.latexPackages.joined(separator: ",") + "} in the preamble."]
        if containsCJK(layout) {
            lines.append("% Holds Chinese text: needs ctex (\\usepackage{ctex} with xelatex or lualatex), or with pdflatex \\usepackage{CJKutf8} and the table inside \\begin{CJK}{UTF8}{gbsn}...\\end{CJK}.")
        }
        lines += ["\\begin{table}[htbp]", "\\centering", "\\small"]
        if let caption = options.caption { lines += Self.latexCaption(Self.latexEscape(caption), chinese: words.zh) }
        if let label = options.label { lines.append("\\label{\(label)}") }
        var tabular = [String(format: "\\begin{tabular}{@{}>{\\raggedright\\arraybackslash}p{%.1fcm}", labelWidth)
                       + String(repeating: "c", count: layout.columns.count) + "@{}}", "\\toprule", row([""] + layout.numbers),
                       row([Self.latexEscape(layout.corner)] + layout.columns.map(Self.latexHeading))]
        for section in layout.sections {
            tabular.append("\\midrule")
            for r in section { tabular.append(row([r.latexLabel ?? Self.latexLabel(r.label)] + r.cells.map(cell))) }
        }
        tabular += ["\\bottomrule", "\\end{tabular}"]
        let notes = layout.notes.map { note in
            switch note {
            case .text(let text): return Self.latexEscape(text)
            case .stars(let levels): return words.starsNote(levels, latex: true)
            }
        }
        lines += Self.fittedToLine(tabular: tabular, notes: notes)
        lines.append("\\end{table}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `\caption{text}` (`text` escaped already); a Chinese caption is numbered 表 1 rather than
    /// Table 1 by LaTeX's article class (ctex does the same; the renaming stays inside the table).
    package static func latexCaption(_ text: String, chinese: Bool) -> [String] {
        (chinese ? ["\\renewcommand{\\tablename}{表}"] : []) + ["\\caption{\(text)}"]
    }

    /// A tabular measured in a box and scaled to the line width only when it is wider, with the
    /// notes (LaTeX already) in a footnote-size ragged-right block as wide as the table under it.
    package static func fittedToLine(tabular: [String], notes: [String]) -> [String] {
        var lines = ["\\setbox0=\\hbox{%"] + tabular.dropLast() + [(tabular.last ?? "") + "}",
                     "\\ifdim\\wd0>\\linewidth\\setbox0=\\hbox{\\resizebox{\\linewidth}{!}{\\box0}}\\fi",
                     "\\begin{minipage}{\\wd0}", "\\box0"]
        if !notes.isEmpty { lines += ["\\par\\smallskip\\footnotesize\\raggedright"] + notes.map { $0 + "\\par" } }
        return lines + ["\\end{minipage}"]
    }

    /// Whether any text of the table is Chinese (or other CJK script).
    private func containsCJK(_ layout: Layout) -> Bool {
        let texts = [layout.corner, options.caption ?? ""] + layout.columns + layout.sections.joined().map(\.label)
            + layout.notes.map(Vocabulary(options.language).plain)
        return options.language == .zh || texts.contains { $0.unicodeScalars.contains { $0.value >= 0x2E80 && $0.value <= 0x9FFF || $0.value >= 0xFF00 && $0.value <= 0xFFEF } }
    }

    /// A row label escaped, with break points after `_`, `:` and `+` so that long variable names wrap.
    static func latexLabel(_ text: String) -> String {
        latexEscape(text).replacingOccurrences(of: "\\_", with: "\\_\\allowbreak{}")
            .replacingOccurrences(of: ":", with: ":\\allowbreak{}").replacingOccurrences(of: "+", with: "+\\allowbreak{}")
    }

    /// A column heading, wrapped onto lines of about 14 characters at spaces.
    static func latexHeading(_ text: String) -> String {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, last.count + word.count < 14 { lines[lines.count - 1] += " " + word } else { lines.append(String(word)) }
        }
        guard lines.count > 1 else { return latexEscape(text) }
        return "\\begin{tabular}[b]{@{}c@{}}" + lines.map(latexEscape).joined(separator: "\\\\") + "\\end{tabular}"
    }

    /// `text` with LaTeX's special characters escaped for text mode.
    package static func latexEscape(_ text: String) -> String {
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
            case "²": out += "\\textsuperscript{2}"
            case "σ": out += "$\\sigma$"
            case "γ": out += "$\\gamma$"
            case "χ": out += "$\\chi$"
            case "θ": out += "$\\theta$"
            case "ρ": out += "$\\rho$"
            case "μ": out += "$\\mu$"
            case "η": out += "$\\eta$"
            case "×": out += "$\\times$"
            case "-" where out.hasSuffix("-"): out += "{}-"  // `--` would print an en dash: keep option names as typed
            default: out.append(character)
            }
        }
        return out
    }
}
