import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// `--lang zh` leaves no English word in a table: every label, note, test name and verdict, standard
/// error description and model name is Chinese; only variable names, numbers and the proper names
/// and abbreviations Chinese papers write in Latin letters remain.
final class ChineseTableTests: XCTestCase {
    /// Proper names and abbreviations kept in Latin letters in Chinese papers.
    static let latinInChinese: Set<String> = ["OLS", "PPML", "BC92", "BC95", "AIC", "BIC", "R", "F", "t", "z", "p", "LM", "Hausman",
                                              "Breusch", "Pagan", "Honda", "Wald", "FE"]

    /// Words of Latin letters in `text` that are neither in `allowed` nor in the variable names.
    static func englishWords(in text: String, variables: [String]) -> [String] {
        var remaining = text
        for name in variables.sorted(by: { $0.count > $1.count }) { remaining = remaining.replacingOccurrences(of: name, with: " ") }
        let words = remaining.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
        return words.filter { word in word.contains(where: \.isLetter) && !latinInChinese.contains(word) }
    }

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
            var output = table.render(format)
            if format == .html {
                output = output.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
                    .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            }
            XCTAssertEqual(Self.englishWords(in: output, variables: variables), [], "\(format):\n\(output)")
        }
    }

    func testTheCheckFindsEnglish() {
        let english = RegressionTable(models: [KnownResults.ols]).render(.markdown)
        XCTAssertTrue(Self.englishWords(in: english, variables: variables).contains("Observations"))
    }
}
