import GravityKit
import GravityTestKit
import XCTest

/// The side-by-side comparison written by `gravity compare`, in each format.
final class ComparisonReportTests: XCTestCase {
    private func comparison() throws -> ([EstimationResult], [TestResult]) {
        let data = try Grunfeld.data()
        let request = FitRequest(formula: try Formula(Grunfeld.formula), panel: Grunfeld.panel)
        let models = try ["ols", "fe", "re"].map { try EstimatorRegistry.standard().estimator(named: $0).fit(data, request: request) }
        let tests = try PanelTests.run([.f, .bp, .hausman, .robustHausman], data: data, request: request)
        return (models, tests)
    }

    func testJSONHoldsModelsInTheResultSchemaAndTests() throws {
        let (models, tests) = try comparison()
        let json = ComparisonReport.json(models: models, tests: tests)
        guard case .array(let modelValues)? = json["models"], case .array(let testValues)? = json["tests"] else {
            return XCTFail("models and tests must be arrays")
        }
        XCTAssertEqual(modelValues, models.map(ResultJSON.value))
        XCTAssertEqual(testValues.count, 4)
        XCTAssertEqual(testValues[0]["name"], .string("F test for individual effects"))
        XCTAssertEqual(testValues[0]["df2"], .number(188))
        XCTAssertNil(testValues[1]["df2"], "only F tests carry df2")
        guard case .object(let statistics)? = modelValues[2]["statistics"] else { return XCTFail("statistics object") }
        let keys = statistics.map(\.0)
        for key in ["r_squared_within", "r_squared_between", "r_squared_overall", "sigma_u", "sigma_e", "rho", "theta"] {
            XCTAssertTrue(keys.contains(key), "re statistics lack \(key)")
        }
        let text = ComparisonReport.render(models: models, tests: tests, format: .json)
        XCTAssertTrue(text.hasPrefix("{\n  \"models\": ["), String(text.prefix(40)))
    }

    func testTextShowsModelsSideBySideAndOneVerdictPerTest() throws {
        let (models, tests) = try comparison()
        let text = ComparisonReport.render(models: models, tests: tests, format: .text)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "Model comparison: inv ~ value + capital")
        let header = try XCTUnwrap(lines.first { $0.hasPrefix("Term") })
        XCTAssertEqual(header.split(separator: " ").map(String.init), ["Term", "ols", "fe", "re"])
        XCTAssertTrue(lines.contains { $0.hasPrefix("value") && $0.contains("0.115562") && $0.contains("0.110124") && $0.contains("0.109781") }, text)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Observations") && $0.filter { $0 == "2" }.count >= 3 }, text)
        XCTAssertTrue(lines.contains { $0.hasPrefix("r_squared_between") }, text)
        XCTAssertEqual(lines.filter { $0.hasPrefix("    At 5%") }.count, 4, text)
        XCTAssertTrue(text.contains("F test for individual effects: F(9, 188) = 49.1766"), text)
    }

    func testMarkdownAndCSV() throws {
        let (models, tests) = try comparison()
        let markdown = ComparisonReport.render(models: models, tests: tests, format: .markdown)
        XCTAssertTrue(markdown.contains("| Term | ols | fe | re |"), markdown)
        XCTAssertTrue(markdown.contains("- Hausman test (fe vs re): chi2(2) = 2.33037"), markdown)
        let csv = ComparisonReport.render(models: models, tests: tests, format: .csv).split(separator: "\n")
        XCTAssertEqual(csv.first, "model,term,estimate,std_error,statistic,p_value,conf_low,conf_high")
        XCTAssertEqual(csv.count, 1 + 3 + 2 + 3)
    }
}
