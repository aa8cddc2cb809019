import GravityIO

/// A titled table of text cells that renders as aligned text or as a Markdown table.
struct ReportTable {
    /// The title printed above the table.
    let title: String
    /// Header cells.
    let header: [String]
    /// Body rows.
    let rows: [[String]]

    /// Aligned plain text under the title.
    var text: String {
        title + "\n" + TextTable(header: header, rows: rows).rendered(indent: "  ") + "\n"
    }

    /// A Markdown section: the title in bold, then a table with the first column left-aligned.
    var markdown: String {
        let escapedHeader = header.map(ResultMarkdown.escape)
        var out = "**\(ResultMarkdown.escape(title))**\n\n| " + escapedHeader.joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { $0 == 0 ? ":--|" : "--:|" }.joined() + "\n"
        for row in rows { out += "| " + row.map(ResultMarkdown.escape).joined(separator: " | ") + " |\n" }
        return out
    }
}
