import GravityKit
import GravityTestKit
import XCTest

/// The cells of a regression table: estimates with stars, the parenthesised numbers, the summary rows.
final class RegressionTableCellTests: XCTestCase {
    private func csvRows(_ table: RegressionTable) -> [String] {
        table.render(.csv).split(separator: "\n").map(String.init)
    }

    func testStarsAreStrictlyBelowEachLevel() {
        let options = RegressionTableOptions()
        XCTAssertEqual(options.stars(pValue: 0.05), "*")
        XCTAssertEqual(options.stars(pValue: 0.0499), "**")
        XCTAssertEqual(options.stars(pValue: 0.1), "")
        XCTAssertEqual(options.stars(pValue: 0.0999), "*")
        XCTAssertEqual(options.stars(pValue: 0.01), "**")
        XCTAssertEqual(options.stars(pValue: 0.0099), "***")
        XCTAssertEqual(options.stars(pValue: .nan), "")
        let custom = RegressionTableOptions(significanceLevels: [0.05, 0.001])
        XCTAssertEqual(custom.stars(pValue: 0.01), "*")
        XCTAssertEqual(custom.stars(pValue: 0.0009), "**")
    }

    func testEstimatesJustEitherSideOfFivePercentGetDifferentStars() {
        // z = 1.96 gives p = 0.049996; z = 1.95996 gives p = 0.050002: both print as 1.960.
        let below = KnownResults.result("a", terms: ["x"], estimates: [1.96], standardErrors: [1])
        let above = KnownResults.result("b", terms: ["x"], estimates: [1.95996], standardErrors: [1])
        XCTAssertLessThan(below.coefficients[0].pValue, 0.05)
        XCTAssertGreaterThan(above.coefficients[0].pValue, 0.05)
        let rows = csvRows(RegressionTable(models: [below, above]))
        XCTAssertEqual(rows[0], ",(1),(2)")
        XCTAssertEqual(rows[1], ",a,b")
        XCTAssertEqual(rows[2], "x,1.960**,1.960*")
        XCTAssertEqual(rows[3], ",(1.000),(1.000)")
    }

    func testCellsRowsAndNotesWithStandardErrors() {
        let table = RegressionTable(models: [KnownResults.ols, KnownResults.fe])
        XCTAssertEqual(table.terms, ["(Intercept)", "x1", "x_2%", "z&w"])
        XCTAssertEqual(csvRows(table), [
            ",(1),(2)",
            ",OLS,Fixed effects",
            "(Intercept),1.500***,",
            ",(0.500),",
            "x1,1.960**,1.960*",
            ",(1.000),(1.000)",
            "x_2%,0.000,",
            ",(0.200),",
            "z&w,,2.000***",
            ",,(0.500)",
            "Observations,100,90",
            "R²,0.500,",
            "Adjusted R²,0.450,",
            "Within R²,,0.300",
            "Log-likelihood,-100.250,",
            "AIC,206.500,",
            "BIC,210.123,",
            "\"F test, individual effects\",,4.500",
            "p-value,,[0.012]",
            "Dependent variable: log(trade).,,",
            "Standard errors: (1) classical; (2) clustered by id.,,",
            "Standard errors in parentheses.,,",
            "p-values of tests in brackets.,,",
            "\"* p<0.10, ** p<0.05, *** p<0.01\",,",
        ])
    }

    func testStatisticsInParenthesesNameTheirDistributions() {
        let table = RegressionTable(models: [KnownResults.ols, KnownResults.fe], options: .init(parenthesized: .statistic, digits: 2))
        let rows = csvRows(table)
        XCTAssertEqual(rows[2], "(Intercept),1.50***,")
        XCTAssertEqual(rows[3], ",(3.00),")
        XCTAssertEqual(rows[5], ",(1.96),(1.96)")
        XCTAssertEqual(rows[9], ",,(4.00)")
        XCTAssertTrue(rows.contains("t or z statistics in parentheses.,,"), rows.joined(separator: "\n"))
        let zOnly = RegressionTable(models: [KnownResults.ols], options: .init(parenthesized: .statistic))
        XCTAssertTrue(zOnly.render(.text).contains("z statistics in parentheses."))
    }

    func testLabelsOptionsAndComparisonTests() {
        let hausman = TestResult(name: "Hausman", statistic: 8.1234, df: 3, pValue: 0.0436, distribution: "chi2")
        let table = RegressionTable(models: [KnownResults.ols, KnownResults.fe], labels: ["Pooled"], tests: [hausman],
                                    options: .init(significanceLevels: [], statistics: ["r_squared"], showsModelTests: false))
        let rows = csvRows(table)
        XCTAssertEqual(table.columnLabels, ["Pooled", "Fixed effects"])
        XCTAssertEqual(rows[1], ",Pooled,Fixed effects")
        XCTAssertEqual(rows[2], "(Intercept),1.500,", "no stars without levels")
        XCTAssertEqual(Array(rows[10...]), ["Observations,100,90", "R²,0.500,", "Dependent variable: log(trade).,,",
                                     "Standard errors: (1) classical; (2) clustered by id.,,",
                                     "Standard errors in parentheses.,,", "\"Hausman: chi2(3) = 8.123, p = 0.0436\",,"])
    }

    func testDifferentResponsesGetARowInsteadOfANote() {
        let other = KnownResults.result("levels", terms: ["x1"], estimates: [1], standardErrors: [1], response: "trade")
        let rows = csvRows(RegressionTable(models: [KnownResults.ols, other], options: .init(statistics: [])))
        XCTAssertTrue(rows.contains("Dependent variable,log(trade),trade"), rows.joined(separator: "\n"))
        XCTAssertFalse(rows.contains { $0.hasPrefix("Dependent variable:") })
    }

    func testTextAlignsDigitsAndSeparatesSections() {
        let text = RegressionTable(models: [KnownResults.ols, KnownResults.fe], options: .init(caption: "Results")).render(.text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines[0], "Results")
        XCTAssertTrue(lines[1].allSatisfy { $0 == "=" })
        let estimate = try! XCTUnwrap(lines.first { $0.hasPrefix("x1 ") })
        let error = lines[lines.firstIndex(of: estimate)! + 1]
        XCTAssertEqual(estimate.range(of: "1.960**")!.upperBound.utf16Offset(in: estimate) - 2,
                       error.range(of: "(1.000)")!.upperBound.utf16Offset(in: error) - 1, "the last digits line up:\n\(estimate)\n\(error)")
        XCTAssertEqual(lines.filter { !$0.isEmpty && $0.allSatisfy { $0 == "-" } }.count, 3, "rules under the header and between sections")
        XCTAssertFalse(lines.contains { $0.hasSuffix(" ") }, "no trailing spaces")
        XCTAssertEqual(lines.suffix(3), ["p-values of tests in brackets.", "* p<0.10, ** p<0.05, *** p<0.01", ""])
    }
}
