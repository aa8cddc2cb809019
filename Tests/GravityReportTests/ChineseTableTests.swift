import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// `--lang zh` leaves no English word in a table: every label, note, test name and verdict, standard
/// error description and model name is Chinese; only variable names, numbers and the proper names
/// and abbreviations Chinese papers write in Latin letters remain.
final class ChineseTableTests: XCTestCase {
    private var table: RegressionTable {
        let hausman = TestResult(name: "Hausman test (fe vs re)", statistic: 2.33, df: 2, pValue: 0.31, distribution: "chi2",
                                 note: "At 5% the fe and re estimates do not differ systematically.")
        let robust = TestResult(name: "Regression-based Hausman test (cluster-robust)", statistic: .nan, df: 7, pValue: .nan, distribution: "chi2",
                                note: "6 clusters for 13 coefficients of the auxiliary regression (5 tested): a cluster-robust covariance has rank at most G - 1 = 5.")
        return RegressionTable(models: [KnownResults.ols, KnownResults.fe, PublicationTableTests.absorbed, PublicationTableTests.frontier],
                               tests: [hausman, robust], options: .init(language: .zh, caption: "引力模型估计结果"))
    }

    private let variables = ["log(trade)", "log(DIST)", "(Intercept)", "x1", "x_2%", "z&w", "CNTG", "exporter", "importer", "year", "pair_id", "id", "fe", "re"]

    func testNoEnglishWordInMarkdownOrText() {
        for format in [RegressionTableFormat.markdown, .text, .csv, .html] {
            let rendered = table.render(format)
            let output = format == .html ? ChineseOutputCheck.visibleText(ofHTML: rendered) : rendered
            XCTAssertEqual(ChineseOutputCheck.englishWords(in: output, names: variables), [], "\(format):\n\(output)")
        }
    }

    func testTheCheckFindsEnglish() {
        let english = RegressionTable(models: [KnownResults.ols]).render(.markdown)
        XCTAssertTrue(ChineseOutputCheck.englishWords(in: english, names: variables).contains("Observations"))
        // Statistic keys as Chinese reports used to print them: an identifier is one word, so `sd_u`
        // no longer passes as the symbols `sd` and `u`, while `σ_u` and `σ²_v` still read as symbols.
        let keys = "var_u  0.06\nsd_u  0.25\ngamma_var  0.59\ntheta_min  0.90\nadj_r_squared_within  0.16\nr2_within  0.004\nσ_u  0.42\nσ²_v  0.04\n"
        XCTAssertEqual(ChineseOutputCheck.englishWords(in: keys, names: []), ["var_u", "sd_u", "gamma_var", "theta_min", "adj_r_squared_within", "r2_within"])
    }

    /// A p-value below the smallest double is printed as 0 with the reason, in the report's language.
    func testUnderflowedPValue() {
        let test = TestResult(name: "Wald test: all slopes zero", statistic: 1859.8, df: 2, pValue: 0, distribution: "chi2")
        XCTAssertTrue(TestDescription.line(test).hasSuffix(", p = 0 (underflow)"), TestDescription.line(test))
        XCTAssertTrue(TestDescription.line(test, language: .zh).hasSuffix("，p = 0（下溢）"), TestDescription.line(test, language: .zh))
        XCTAssertEqual(NumberFormatting.pValue(0, language: .zh), "0（下溢）")
    }
}
