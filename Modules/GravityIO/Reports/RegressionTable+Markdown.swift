extension RegressionTable {
    /// A GitHub-flavoured Markdown table (label column left-aligned, model columns right-aligned;
    /// `|`, `*` and `<` escaped in cells): the column numbers as the header and the labels as the
    /// first row, the caption above and the notes as paragraphs below.
    func markdown() -> String {
        let layout = layout()
        func escape(_ text: String) -> String {
            ResultMarkdown.escape(text).replacingOccurrences(of: "<", with: "&lt;")
        }
        func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
        var out = options.caption.map { "**\(escape($0))**\n\n" } ?? ""
        out += line(([""] + layout.numbers).map(escape))
        out += "|:--|" + String(repeating: "--:|", count: layout.columns.count) + "\n"
        out += line(([layout.corner] + layout.columns).map(escape))
        for row in layout.sections.joined() {
            out += line([escape(row.label)] + row.cells.map { escape($0.enclosedText + $0.stars) })
        }
        let words = Vocabulary(options.language)
        for note in layout.notes { out += "\n" + escape(words.plain(note)) + "\n" }
        return out
    }
}
