import Foundation

extension RegressionTable {
    /// The table as a Word document (.docx, Office Open XML): a zip holding `[Content_Types].xml`,
    /// the package relationships and `word/document.xml` with the caption, a three-line table
    /// (rules above and below the table, under the header and between sections), stars as
    /// superscripts and the notes in 9-point type. Text is UTF-8 throughout; runs name Times New
    /// Roman for Latin text and SimSun for Chinese, as Chinese journals ask.
    public func docx() -> Data {
        var archive = ZipArchive()
        archive.add("[Content_Types].xml", text: Self.contentTypes)
        archive.add("_rels/.rels", text: Self.packageRelationships)
        archive.add("word/document.xml", text: wordDocumentXML())
        return archive.bytes()
    }

    /// The `word/document.xml` part of ``docx()``.
    public func wordDocumentXML() -> String {
        let layout = layout()
        let words = Vocabulary(options.language)
        var body = ""
        if let caption = options.caption { body += Self.paragraph([Self.run(caption, bold: true)], centred: true) }
        body += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:jc w:val=\"center\"/><w:tblBorders>"
            + "<w:top w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"000000\"/><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"000000\"/>"
            + "</w:tblBorders></w:tblPr>"
        body += Self.tableRow([Self.run("")] + layout.numbers.map { Self.run($0) }, rule: nil)
        body += Self.tableRow([Self.run(layout.corner)] + layout.columns.map { Self.run($0) }, rule: nil, ruleBelow: true)
        for (index, section) in layout.sections.enumerated() {
            for (rowIndex, row) in section.enumerated() {
                let cells = [Self.run(row.label)] + row.cells.map { cell in
                    Self.run(cell.enclosedText) + (cell.stars.isEmpty ? "" : Self.run(cell.stars, superscript: true))
                }
                body += Self.tableRow(cells, rule: rowIndex == 0 && index > 0 ? "4" : nil)
            }
        }
        body += "</w:tbl>"
        for note in layout.notes { body += Self.paragraph([Self.run(words.plain(note), size: 18)], centred: false) }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" "
            + "w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>\n"
    }

    /// A table row; `rule` draws a line of that size (eighths of a point) above it, `ruleBelow` a
    /// line under it. The first cell is left-aligned, the others centred.
    package static func tableRow(_ runs: [String], rule: String?, ruleBelow: Bool = false) -> String {
        var xml = "<w:tr>"
        for (index, run) in runs.enumerated() {
            var borders = ""
            if let rule { borders += "<w:top w:val=\"single\" w:sz=\"\(rule)\" w:space=\"0\" w:color=\"000000\"/>" }
            if ruleBelow { borders += "<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"000000\"/>" }
            xml += "<w:tc><w:tcPr>" + (borders.isEmpty ? "" : "<w:tcBorders>\(borders)</w:tcBorders>") + "</w:tcPr>"
                + "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"\(index == 0 ? "left" : "center")\"/></w:pPr>" + run + "</w:p></w:tc>"
        }
        return xml + "</w:tr>"
    }

    package static func paragraph(_ runs: [String], centred: Bool) -> String {
        "<w:p><w:pPr><w:spacing w:before=\"60\" w:after=\"0\"/>" + (centred ? "<w:jc w:val=\"center\"/>" : "") + "</w:pPr>" + runs.joined() + "</w:p>"
    }

    /// A run of `text` (XML-escaped, spaces preserved) in 10.5-point type unless `size` (half-points) is given.
    package static func run(_ text: String, bold: Bool = false, superscript: Bool = false, size: Int = 21) -> String {
        "<w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"SimSun\"/>" + (bold ? "<w:b/>" : "")
            + (superscript ? "<w:vertAlign w:val=\"superscript\"/>" : "") + "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr>"
            + "<w:t xml:space=\"preserve\">" + htmlEscape(text) + "</w:t></w:r>"
    }

    package static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        </Types>

        """

    package static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>

        """
}
