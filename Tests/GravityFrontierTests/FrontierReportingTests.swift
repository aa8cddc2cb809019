import GravityKit
import GravityTestKit
import XCTest

/// The LR test's mixed chi-square, the Kodde-Palm critical values, the `efficiency` JSON section,
/// the frontier potentials and the registration of the estimators.
final class FrontierReportingTests: XCTestCase {
    func testKoddePalmCriticalValues() {
        // Kodde and Palm (1986), Table 1, at 5% and 1%.
        let table: [(Int, Double, Double)] = [(1, 2.706, 5.412), (2, 5.138, 8.273), (3, 7.045, 10.501), (4, 8.761, 12.483), (5, 10.371, 14.325)]
        for (df, five, one) in table {
            XCTAssertEqual(InefficiencyLRTest.koddePalmCriticalValue(restrictions: df, level: 0.05), five, accuracy: 1e-3, "df \(df)")
            XCTAssertEqual(InefficiencyLRTest.koddePalmCriticalValue(restrictions: df, level: 0.01), one, accuracy: 1e-3, "df \(df)")
        }
    }

    func testMixedChiSquarePValues() {
        // One restriction: half the chi2(1) tail.
        XCTAssertEqual(InefficiencyLRTest.pValue(statistic: 2.705543454095404, restrictions: 1), 0.05, accuracy: 1e-12)
        XCTAssertEqual(InefficiencyLRTest.pValue(statistic: 0, restrictions: 1), 1)
        let test = InefficiencyLRTest.test(frontier: -10, ols: -12, restrictions: 2)
        XCTAssertEqual(test.statistic, 4)
        XCTAssertEqual(test.distribution, "mixed chi2")
        XCTAssert(test.note?.contains("Kodde-Palm critical values 5.138") ?? false)
    }

    private func simulatedPanel() throws -> Dataset {
        var rng = SeededRandom(seed: 41)
        var unit = [String](), year = [Double](), x = [Double](), trade = [Double]()
        for i in 0..<60 {
            let inefficiency = abs(rng.normal(sd: 0.5))
            for t in 0..<5 {
                let value = rng.normal()
                unit.append("c\(i)")
                year.append(Double(2010 + t))
                x.append(value)
                trade.append(exp(2 + 0.8 * value + rng.normal(sd: 0.2) - inefficiency))
            }
        }
        var levels: [String] = [], codes: [Int32] = []
        for label in unit {
            if let index = levels.firstIndex(of: label) { codes.append(Int32(index)) } else {
                codes.append(Int32(levels.count))
                levels.append(label)
            }
        }
        return try Dataset([("country", .text(codes: codes, levels: levels)), ("year", .numeric(year)), ("x", .numeric(x)), ("trade", .numeric(trade))])
    }

    func testEfficiencySectionAndPotentials() throws {
        let data = try simulatedPanel()
        let request = FitRequest(formula: try Formula("log(trade) ~ x"), panel: PanelSpecification(unit: "country", time: "year"),
                                 options: ["time_varying": "false"])
        let result = try BC92Estimator().fit(data, request: request)
        XCTAssertEqual(result.terms, ["(Intercept)", "x", "sigmaSq", "gamma"])
        guard case .array(let items)? = result.extraSections.first(where: { $0.0 == "efficiency" })?.1 else { return XCTFail("no efficiency section") }
        XCTAssertEqual(items.count, 300)
        guard case .object(let first) = items[0] else { return XCTFail("not an object") }
        XCTAssertEqual(first.map(\.0), ["row", "unit", "time", "value"])
        XCTAssertEqual(items[0]["unit"], .string("c0"))
        XCTAssertEqual(items[0]["time"], .string("2010"))
        // Time-invariant inefficiency: one efficiency per country.
        XCTAssertEqual(items[0]["value"], items[4]["value"])

        let potential = try FrontierPotential(result: result)
        let trade = try data.numeric("trade")
        for i in 0..<300 {
            let level = try XCTUnwrap(potential.potential[i]), ratio = try XCTUnwrap(potential.actualToPotential[i])
            assertClose(level, exp(try XCTUnwrap(result.fitted[i])), relative: 1e-12)
            assertClose(level * ratio, trade[i], relative: 1e-10, "actual = potential x ratio")
        }
    }

    func testCrossSectionEfficiencyRowsFollowTheInput() throws {
        var rng = SeededRandom(seed: 42)
        var x = [Double](), y = [Double]()
        for i in 0..<400 {
            let value = rng.normal()
            x.append(i == 5 ? .nan : value)
            y.append(1 + value + rng.normal(sd: 0.2) - abs(rng.normal(sd: 0.4)))
        }
        let data = try Dataset([("y", .numeric(y)), ("x", .numeric(x))])
        let result = try SFAEstimator().fit(data, request: FitRequest(formula: try Formula("y ~ x"), options: ["efficiency": "jlms"]))
        guard case .array(let items)? = result.extraSections.first(where: { $0.0 == "efficiency" })?.1 else { return XCTFail("no efficiency section") }
        XCTAssertEqual(items.count, 399)
        guard case .object(let first) = items[0] else { return XCTFail("not an object") }
        XCTAssertEqual(first.map(\.0), ["row", "value"])
        XCTAssertEqual(items[5]["row"], .number(7), "row 6 (1-based) is dropped for its missing x")
        XCTAssertNil(result.fitted[5])
        XCTAssert(result.notes.contains { $0.contains("Jondrow") })
        for item in items {
            guard case .number(let value)? = item["value"] else { return XCTFail("no value") }
            XCTAssert(value > 0 && value <= 1)
        }
    }

    func testRegistration() throws {
        var registry = EstimatorRegistry()
        try registerFrontierEstimators(into: &registry)
        XCTAssertEqual(registry.descriptors.map(\.name), ["sfa", "sfa-bc92", "sfa-bc95"])
        XCTAssertEqual(try registry.estimator(named: "frontier").descriptor.name, "sfa")
        XCTAssert(try registry.estimator(named: "sfa-bc92").descriptor.requiresPanel)
    }
}
