import GravityKit
import GravityTestKit
import XCTest

/// Chinese headings, row labels and notes.
final class RegressionTableLanguageTests: XCTestCase {
    private let models = [KnownResults.ols, KnownResults.fe]

    func testChineseLabelsAndNotes() {
        let rows = RegressionTable(models: models, options: .init(language: .zh)).render(.csv).split(separator: "\n").map(String.init)
        XCTAssertEqual(rows[1], "变量,混合OLS,固定效应")
        for label in ["观测值,100,90", "R²,0.500,", "调整R²,0.450,", "组内R²,,0.300", "对数似然值,-100.250,",
                      "个体效应F检验,,4.500", "p值,,[0.012]", "标准误类型：(1) 经典（同方差）；(2) 按 id 聚类稳健。,,",
                      "被解释变量：log(trade)。,,", "括号内为标准误。,,", "*、**、***分别表示在10%、5%、1%的水平上显著。,,"] {
            XCTAssertTrue(rows.contains(label), "missing \(label) in\n" + rows.joined(separator: "\n"))
        }
    }

    func testChineseStatisticNoteAndLaTeX() {
        let table = RegressionTable(models: [KnownResults.fe], options: .init(parenthesized: .statistic, language: .zh))
        XCTAssertTrue(table.render(.text).contains("括号内为t统计量。"))
        let latex = table.render(.latex)
        XCTAssertTrue(latex.contains("组内$R^2$ & $0.300$ \\\\"), latex)
        XCTAssertTrue(latex.contains("$^{*}$、$^{**}$、$^{***}$分别表示在10\\%、5\\%、1\\%的水平上显著。"), latex)
    }

    func testSingleLevelSaysSoInBothLanguages() {
        let options = RegressionTableOptions(significanceLevels: [0.05], language: .zh)
        XCTAssertTrue(RegressionTable(models: models, options: options).render(.text).contains("*表示在5%的水平上显著。"))
        let english = RegressionTableOptions(significanceLevels: [0.05, 0.001])
        XCTAssertTrue(RegressionTable(models: models, options: english).render(.text).contains("* p<0.05, ** p<0.001"))
    }
}
