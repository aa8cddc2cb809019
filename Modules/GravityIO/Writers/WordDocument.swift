import Foundation

/// A Word document (.docx) of paragraphs and three-line tables, built from the publication
/// renderer's runs (Times New Roman for Latin text, SimSun for Chinese).
package struct WordDocument {
    private var body = ""

    package init() {}

    /// A paragraph of `text`, bold and centred for a caption, in 9-point type for a note.
    package mutating func paragraph(_ text: String, caption: Bool = false) {
        body += RegressionTable.paragraph([caption ? RegressionTable.run(text, bold: true) : RegressionTable.run(text, size: 18)], centred: caption)
    }

    /// A three-line table: rules above and below, and under the last of the `headers` rows.
    package mutating func table(headers: [[String]], rows: [[String]]) {
        body += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:jc w:val=\"center\"/><w:tblBorders>"
            + "<w:top w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"000000\"/><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"000000\"/>"
            + "</w:tblBorders></w:tblPr>"
        for (index, header) in headers.enumerated() {
            body += RegressionTable.tableRow(header.map { RegressionTable.run($0) }, rule: nil, ruleBelow: index == headers.count - 1)
        }
        for row in rows { body += RegressionTable.tableRow(row.map { RegressionTable.run($0) }, rule: nil) }
        body += "</w:tbl>"
    }

    /// The document as a .docx package, on an A4 page (landscape for wide tables).
    package func data(landscape: Bool) -> Data {
        let page = landscape ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>" : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "<w:sectPr>" + page
            + "<w:pgMar w:top=\"1080\" w:right=\"1080\" w:bottom=\"1080\" w:left=\"1080\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>"
            + "</w:sectPr></w:body></w:document>\n"
        var archive = ZipArchive()
        archive.add("[Content_Types].xml", text: RegressionTable.contentTypes)
        archive.add("_rels/.rels", text: RegressionTable.packageRelationships)
        archive.add("word/document.xml", text: xml)
        return archive.bytes()
    }
}
