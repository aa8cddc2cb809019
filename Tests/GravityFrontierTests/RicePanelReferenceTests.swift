import GravityKit
import GravityTestKit
import XCTest

/// Battese-Coelli (1992) and (1995) frontiers on the Philippine rice panel (43 farms x 8 years),
/// against the figures R's frontier prints in its own regression test (`tests/frontierTest.R`,
/// models `b3` and `b5`), given there to 5-6 significant digits. frontier stops at a relative
/// tolerance of 1e-5, so estimates are compared at 1e-4 relative (2e-5 where six digits are
/// printed); its standard errors come from its quasi-Newton approximation and are compared at 5%.
final class RicePanelReferenceTests: XCTestCase {
    private static let formula = "log(PROD) ~ log(AREA) + log(LABOR) + log(NPK)"

    private func fit(_ estimator: any Estimator, formula: String, options: [String: String] = [:]) throws -> EstimationResult {
        let data = try CSVReader.read(path: try SharedData.path("data/riceprodphil.csv"))
        let request = FitRequest(formula: try Formula(formula), panel: PanelSpecification(unit: "FMERCODE", time: "YEARDUM"), options: options)
        return try estimator.fit(data, request: request)
    }

    private func efficiencyObjects(_ result: EstimationResult) throws -> [JSONValue] {
        guard case .array(let items)? = result.extraSections.first(where: { $0.0 == "efficiency" })?.1 else {
            XCTFail("no efficiency section")
            return []
        }
        return items
    }

    /// The efficiency of `unit` in `time` from the JSON section.
    private func efficiency(_ items: [JSONValue], unit: String, time: String) -> Double? {
        for item in items where item["unit"] == .string(unit) && item["time"] == .string(time) {
            if case .number(let value)? = item["value"] { return value }
        }
        return nil
    }

    func testBC92TimeVaryingHalfNormal() throws {
        let result = try fit(BC92Estimator(), formula: Self.formula)
        let expected: [(String, Double, Double)] = [
            ("(Intercept)", -0.75392, 0.278409), ("log(AREA)", 0.47492, 0.065422), ("log(LABOR)", 0.30010, 0.063940),
            ("log(NPK)", 0.19946, 0.042633), ("sigmaSq", 0.12996, 0.021767), ("gamma", 0.36963, 0.107268), ("eta", 0.05891, 0.031049),
        ]
        XCTAssertEqual(result.terms, expected.map(\.0))
        for (term, estimate, se) in expected {
            let row = try XCTUnwrap(result.coefficient(term))
            assertClose(row.estimate, estimate, relative: 1e-4, term)
            assertClose(row.stdError, se, relative: 0.05, term)
        }
        let logLikelihood = try XCTUnwrap(result.statistic("log_likelihood"))
        assertClose(logLikelihood + frontier41LogLikelihoodOffset(observations: 344), -84.55, relative: 0, absolute: 0.005)
        assertClose(try XCTUnwrap(result.statistic("mean_efficiency")), 0.81787, relative: 0, absolute: 1e-4)
        XCTAssertEqual(result.statistic("units"), 43)
        XCTAssertEqual(result.statistic("periods"), 8)
        XCTAssertEqual(result.tests.first?.df, 2)
        let items = try efficiencyObjects(result)
        XCTAssertEqual(items.count, 344)
        let farm1: [Double] = [0.70366, 0.71770, 0.73122, 0.74423, 0.75673, 0.76872, 0.78023, 0.79124]
        let farm34: [Double] = [0.41124, 0.43253, 0.45363, 0.47449, 0.49504, 0.51524, 0.53506, 0.55445]
        for t in 0..<8 {
            assertClose(try XCTUnwrap(efficiency(items, unit: "1", time: "\(t + 1)")), farm1[t], relative: 0, absolute: 1e-4, "farm 1 year \(t + 1)")
            assertClose(try XCTUnwrap(efficiency(items, unit: "34", time: "\(t + 1)")), farm34[t], relative: 0, absolute: 1e-4, "farm 34 year \(t + 1)")
        }
    }

    func testBC95WithoutIntercept() throws {
        let result = try fit(BC95Estimator(), formula: Self.formula + " | EDYRS + BANRAT - 1")
        let expected: [(String, Double, Double)] = [
            ("(Intercept)", -1.008580, 0.246890), ("log(AREA)", 0.384099, 0.059501), ("log(LABOR)", 0.318983, 0.061278),
            ("log(NPK)", 0.260355, 0.034371), ("Z_EDYRS", -0.058069, 0.087303), ("Z_BANRAT", -1.405673, 0.906085),
            ("sigmaSq", 0.597476, 0.308705), ("gamma", 0.944931, 0.029038),
        ]
        XCTAssertEqual(result.terms, expected.map(\.0))
        for (term, estimate, se) in expected {
            let row = try XCTUnwrap(result.coefficient(term))
            assertClose(row.estimate, estimate, relative: 2e-5, term)
            assertClose(row.stdError, se, relative: 0.05, term)
        }
        assertClose(try XCTUnwrap(result.statistic("log_likelihood")) + frontier41LogLikelihoodOffset(observations: 344), -77.85,
                    relative: 0, absolute: 0.005)
        assertClose(try XCTUnwrap(result.statistic("mean_efficiency")), 0.77076, relative: 0, absolute: 1e-4)
        XCTAssertEqual(result.tests.first?.df, 3)
        let farm1: [Double] = [0.81002, 0.74199, 0.82072, 0.74720, 0.74118, 0.55203, 0.49000, 0.86825]
        let items = try efficiencyObjects(result)
        for t in 0..<8 {
            assertClose(try XCTUnwrap(efficiency(items, unit: "1", time: "\(t + 1)")), farm1[t], relative: 0, absolute: 1e-4, "farm 1 year \(t + 1)")
        }
    }
}
