extension RegressionTable {
    /// An HTML `<table>`: the caption, a `thead` with the column numbers and labels, one `tbody` per section,
    /// stars as `<sup>`, and the notes in a `tfoot`; special characters escaped, so it is also
    /// well-formed XML.
    func html() -> String {
        let layout = layout()
        let words = Vocabulary(options.language)
        let span = layout.columns.count + 1
        var lines = ["<table class=\"regression-table\">"]
        if let caption = options.caption { lines.append("<caption>\(Self.htmlEscape(caption))</caption>") }
        lines.append("<thead>")
        lines.append("<tr><th></th>" + layout.numbers.map { "<th>\($0)</th>" }.joined() + "</tr>")
        lines.append("<tr>" + ([layout.corner] + layout.columns).map { "<th>\(Self.htmlEscape($0))</th>" }.joined() + "</tr>")
        lines.append("</thead>")
        for section in layout.sections {
            lines.append("<tbody>")
            for row in section {
                let cells = row.cells.map { cell in
                    "<td>" + Self.htmlEscape(cell.enclosedText) + (cell.stars.isEmpty ? "" : "<sup>\(cell.stars)</sup>") + "</td>"
                }
                lines.append("<tr><th scope=\"row\">\(Self.htmlEscape(row.label))</th>" + cells.joined() + "</tr>")
            }
            lines.append("</tbody>")
        }
        if !layout.notes.isEmpty {
            lines.append("<tfoot>")
            for note in layout.notes {
                lines.append("<tr><td colspan=\"\(span)\">\(Self.htmlEscape(words.plain(note)))</td></tr>")
            }
            lines.append("</tfoot>")
        }
        lines.append("</table>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with `&`, `<`, `>` and `"` escaped.
    static func htmlEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
