import GravityKit
import GravityTestKit
import XCTest

/// No conclusion from a statistic or p-value that is NA or infinite, and a perfect fit reported as
/// such: zero standard errors give NA t statistics and p-values, the log-likelihood is NA, and
/// the JSON never pairs a null statistic with a p-value.
final class NonFiniteVerdictTests: XCTestCase {
    func testNonFiniteStatisticsStateNoVerdict() {
        for (statistic, p) in [(Double.nan, Double.nan), (.infinity, 0.0), (3.2, Double.nan)] {
            let test = TestResult.withVerdict(name: "t", statistic: statistic, pValue: p, distribution: "F",
                                              rejected: "significant", notRejected: "not rejected")
            XCTAssertTrue(test.note?.hasPrefix("No verdict") == true, "\(statistic), \(p): \(test.note ?? "")")
            XCTAssertFalse(test.note?.contains("significant") == true || test.note?.contains("not rejected") == true)
        }
        XCTAssertTrue(TestResult(name: "F", statistic: .infinity, pValue: 0, distribution: "F").pValue.isNaN, "no p-value without a statistic")
        XCTAssertEqual(TestResult.withVerdict(name: "t", statistic: 9, pValue: 0.001, distribution: "F", rejected: "yes", notRejected: "no").note, "yes")
    }

    func testPanelFTestFromAPerfectFitOrMissingSumsHasNoVerdict() throws {
        let perfect = try XCTUnwrap(PanelTests.effectsF(restricted: (ssr: 10, df: 10), unrestricted: (ssr: 0, df: 5), effects: "individual"))
        XCTAssertEqual(perfect.statistic, .infinity)
        XCTAssertTrue(perfect.pValue.isNaN)
        XCTAssertTrue(perfect.note?.hasPrefix("No verdict") == true, perfect.note ?? "")
        let missing = try XCTUnwrap(PanelTests.effectsF(restricted: (ssr: .nan, df: 10), unrestricted: (ssr: 1, df: 5), effects: "individual"))
        XCTAssertFalse(missing.note?.contains("pooled OLS is not rejected") == true, missing.note ?? "")
        XCTAssertFalse(TestDescription.lineWithVerdict(perfect).contains("significant"))
    }

    /// y is constant: R's lm gives the intercept 5 with standard error 0 (and NaN t for a zero
    /// slope); we report SE 0 with t, p and the interval NA, and no log-likelihood.
    func testConstantResponseIsReportedAsAPerfectFit() throws {
        let data = try Dataset([("y", .numeric([5, 5, 5, 5, 5, 5])), ("x", .numeric([1, 2, 3, 4, 5, 7]))])
        let result = try OLSEstimator().fit(data, request: FitRequest(formula: try Formula("y ~ x")))
        let intercept = try XCTUnwrap(result.coefficient("(Intercept)"))
        XCTAssertEqual(intercept.estimate, 5, accuracy: 1e-12)
        XCTAssertEqual(intercept.stdError, 0)
        XCTAssertTrue(intercept.statistic.isNaN && intercept.pValue.isNaN && intercept.confLow.isNaN)
        XCTAssertTrue(try XCTUnwrap(result.statistic("log_likelihood")).isNaN)
        XCTAssertTrue(result.notes.contains { $0.hasPrefix("The model fits perfectly") }, "\(result.notes)")
        XCTAssertTrue(result.notes.contains { $0.hasPrefix("Standard error of zero for `(Intercept)`") }, "\(result.notes)")
        try assertNoPValueWithoutStatistic(ResultJSON.string(result))
    }

    /// y = 1 + 2x exactly: F = Inf (RSS 0) must not read as "p = 0, significant".
    func testExactLineGivesNoInfiniteTestsOrVerdicts() throws {
        let data = try Dataset([("y", .numeric([3, 5, 7, 9, 11, 15])), ("x", .numeric([1, 2, 3, 4, 5, 7]))])
        let result = try OLSEstimator().fit(data, request: FitRequest(formula: try Formula("y ~ x")))
        for row in result.coefficients { XCTAssertFalse(row.statistic.isInfinite || row.pValue == 0, "\(row)") }
        for test in result.tests { XCTAssertFalse(test.pValue.isFinite && !test.statistic.isFinite, "\(test)") }
        try assertNoPValueWithoutStatistic(ResultJSON.string(result))
        XCTAssertFalse(ResultText.render(result).contains("Inf"), ResultText.render(result))
    }

    private func assertNoPValueWithoutStatistic(_ json: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], file: file, line: line)
        let rows = (object["coefficients"] as? [[String: Any]] ?? []) + (object["tests"] as? [[String: Any]] ?? [])
        for row in rows where row["statistic"] is NSNull {
            XCTAssertTrue(row["p_value"] is NSNull, "a null statistic paired with a p-value: \(row)", file: file, line: line)
        }
    }
}
