import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// The files a referee receives: LaTeX compiled with pdflatex (no overfull box, Chinese with ctex)
/// and Word documents unzipped and parsed.
final class DocumentOutputTests: XCTestCase {
    /// Six columns with long labels and long term names: the widest table a paper shows.
    private func wideTable(_ language: RegressionTableOptions.Language) -> RegressionTable {
        let columns = (0..<6).map { i in
            KnownResults.result(["ols", "fe", "re", "sfa-bc92", "ppml", "ols"][i],
                                terms: ["(Intercept)", "log(distance_between_capitals_in_km)", "common_official_language:colonial_tie", "RTA"],
                                estimates: [12.345678, -1.234567, 0.0123, -123.456], standardErrors: [1.5, 0.05, 0.00321, 12.3], nobs: 1_234_567 + i)
        }
        let hausman = TestResult(name: "Hausman test (fe vs re)", statistic: 12.3456, df: 3, pValue: 0.0063, distribution: "chi2",
                                 note: "At 5% the fe and re estimates differ systematically: re is inconsistent and fe is favoured.")
        return RegressionTable(models: columns, labels: ["Pooled OLS without fixed effects", nil, nil, nil, "PPML with exporter-year and importer-year effects", "Robustness"],
                               tests: [hausman], options: .init(language: language, caption: language == .zh ? "表1 引力模型" : "Table 1: Gravity", label: "tab:gravity"))
    }

    private func compile(_ body: String, chinese: Bool) throws {
        _ = try compileLaTeXTable(body, packages: RegressionTable.latexPackages, chinese: chinese)
    }

    func testWideLaTeXTableFitsThePage() throws {
        let latex = wideTable(.en).render(.latex)
        XCTAssertTrue(latex.contains("\\label{tab:gravity}"))
        XCTAssertTrue(latex.contains("Observations & $1{,}234{,}567$"), latex)
        try compile(latex, chinese: false)
    }

    /// pdflatex cannot load ctex's default fonts, so the Chinese table is compiled the way its first
    /// comment gives for pdflatex: CJKutf8 with the Arphic gbsn font.
    func testChineseLaTeXSaysItNeedsCtexAndCompilesWithCJK() throws {
        let latex = wideTable(.zh).render(.latex)
        XCTAssertTrue(latex.split(separator: "\n")[1].contains("ctex"), latex)
        XCTAssertTrue(latex.contains("\\renewcommand{\\tablename}{表}\n\\caption{"), "numbered 表 1, not Table 1, without ctex:\n" + latex)
        XCTAssertFalse(wideTable(.en).render(.latex).contains("tablename"))
        try compile(latex, chinese: true)
    }

    func testWordDocumentIsAZipWithParsableDocumentXML() throws {
        let table = wideTable(.zh)
        let data = table.docx()
        XCTAssertEqual(Array(data.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a zip local file header")
        let document = try wordDocumentXML(unzipping: data)
        XCTAssertEqual(document, table.wordDocumentXML())
        for text in ["表1 引力模型", "观测值", "1,234,567", "固定效应", "Hausman检验（fe 对 re）", "应选固定效应模型"] {
            XCTAssertTrue(document.contains(text), "Chinese text intact: \(text)")
        }
        let cells = document.components(separatedBy: "<w:tc>").count - 1, rows = document.components(separatedBy: "<w:tr>").count - 1
        XCTAssertEqual(cells, rows * 7, "seven cells in every row")
    }

    func testWordDocumentConvertsToPDFWithLibreOfficeWhereInstalled() throws {
        let office = try executableOnPath("libreoffice", install: "libreoffice-writer (large; not installed by CI)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docx-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try wideTable(.zh).docx().write(to: folder.appendingPathComponent("table.docx"))
        let run = try runTool(office, ["--headless", "--convert-to", "pdf", "table.docx"], in: folder)
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("table.pdf").path))
    }

    func testZipCRC32MatchesTheStandardCheckValue() {
        XCTAssertEqual(ZipArchive.crc32(Array("123456789".utf8)), 0xCBF4_3926)
    }
}
