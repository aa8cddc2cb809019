import Foundation
import GravityTestKit
import XCTest

/// `gravity potential --format latex|docx`: the wide table compiles with pdflatex without an
/// overfull box and is valid Office Open XML, in English and Chinese, with the notes and the
/// title naming the prediction.
final class PotentialDocumentTests: XCTestCase {
    private let arguments = ["potential", SharedData.repositoryPath("Examples/Data/china_central_asia_panel.csv"), "--model", "re",
                             "--option", "method=amemiya", "--id", "partner", "--time", "year",
                             "--formula", "log(ecommerce_trade) ~ log(gdp_pc) + log(population) + internet_use"]

    func testLaTeXCompilesInEnglishAndChinese() throws {
        for language in ["en", "zh"] {
            let run = try CommandRunner.gravity(arguments + ["--format", "latex", "--lang", language])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertTrue(run.stdout.contains(language == "zh" ? "（re，预测值 xb）" : "(re, prediction xb)"), run.stdout)
            XCTAssertTrue(run.stdout.contains("-{}-prediction xbu"), "option names keep both hyphens: \(run.stdout)")
            _ = try compileLaTeXTable(run.stdout, packages: ["booktabs", "graphicx"], chinese: language == "zh")
        }
    }

    func testWordDocumentHoldsTheTableAndNotes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("potential-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        for language in ["en", "zh"] {
            let path = folder.appendingPathComponent("\(language).docx").path
            let run = try CommandRunner.gravity(arguments + ["--format", "docx", "--lang", language, "--output", path])
            XCTAssertEqual(run.status, 0, run.stderr)
            let xml = try wordDocumentXML(unzipping: try Data(contentsOf: URL(fileURLWithPath: path)))
            for phrase in language == "zh" ? ["贸易潜力 K = 实际值 / 预测值（re，预测值 xb）", "潜力再造型", "分类规则：", "各个体的类别路径："]
                                           : ["Trade potential K = actual / predicted (re, prediction xb)", "reshaping needed", "Paths through the classes:"] {
                XCTAssertTrue(xml.contains(phrase), "\(language): \(phrase)")
            }
        }
        let missing = try CommandRunner.gravity(arguments + ["--format", "docx"])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("--output"), missing.stderr)
    }
}
