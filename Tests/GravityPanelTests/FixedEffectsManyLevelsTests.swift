import GravityKit
import GravityTestKit
import XCTest

/// Two-way `fe` where both dimensions have thousands of levels (the former dense path refused
/// more than 2,000 in both), against pyfixest: `References/make_fe_many_levels.py` generated
/// the panel (reproduced here draw for draw) and computed `References/fe_many_levels.json`.
/// Coefficients agree to 1e-8 relative and standard errors to 1e-6, as the ols-with-fixed-effects
/// references ask.
final class FixedEffectsManyLevelsTests: XCTestCase {
    private static let units = 5000, periods = 2500

    /// The script's generator: a 64-bit linear congruential step, the top 53 bits as a uniform.
    private struct Generator {
        var state: UInt64
        mutating func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(UInt64(1) << 53)
        }
    }

    /// The script's panel: unit u in periods u mod 2500, (u + 1) mod 2500 and one drawn at random.
    private func panel() throws -> Dataset {
        var random = Generator(state: 20_261_130)
        let gamma = (0..<Self.periods).map { _ in random.uniform() }
        var unit: [Double] = [], year: [Double] = [], y: [Double] = [], x1: [Double] = [], x2: [Double] = []
        for u in 0..<Self.units {
            let alpha = 2 * random.uniform() - 1
            var periods = [u % Self.periods, (u + 1) % Self.periods]
            while periods.count < 3 {
                let p = Int(random.uniform() * Double(Self.periods))
                if !periods.contains(p) { periods.append(p) }
            }
            for p in periods {
                let a = random.uniform() + 0.5 * alpha + 0.3 * gamma[p]
                let b = random.uniform() - 0.2 * gamma[p]
                let e = random.uniform() - 0.5
                unit.append(Double(u + 1))
                year.append(Double(p + 1))
                y.append(1.5 * a - 0.7 * b + alpha + gamma[p] + e)
                x1.append(a)
                x2.append(b)
            }
        }
        return try Dataset([("unit", .numeric(unit)), ("year", .numeric(year)), ("y", .numeric(y)), ("x1", .numeric(x1)), ("x2", .numeric(x2))])
    }

    private func fit(_ data: Dataset, covariance: CovarianceSpecification, convention: String = "stata") throws -> EstimationResult {
        let request = FitRequest(formula: try Formula("y ~ x1 + x2"), panel: PanelSpecification(unit: "unit", time: "year"),
                                 covariance: covariance, options: ["effect": "twoways", "cluster_convention": convention])
        return try EstimatorRegistry.standard().estimator(named: "fe").fit(data, request: request)
    }

    func testTwoWaysWithThousandsOfLevelsInBothDimensionsMatchesPyfixest() throws {
        let reference = try ReferenceJSON(repositoryFile: "Tests/GravityPanelTests/References/fe_many_levels.json")
        let data = try panel()
        for name in ["y", "x1", "x2"] {
            guard case .numeric(let values) = try data.column(name) else { return XCTFail("\(name) is numeric") }
            assertClose(values.reduce(0, +), try reference["check_sums"][name].number(), relative: 1e-12, "the generated \(name) is the script's")
        }
        let classical = try fit(data, covariance: .classical)
        XCTAssertEqual(classical.nobs, 15_000)
        XCTAssertEqual(classical.statistic("n_units"), 5000)
        XCTAssertEqual(classical.statistic("n_periods"), 2500)
        XCTAssertEqual(classical.statistic("df_residual"), 15_000 - (5000 + 2500 - 1) - 2, "one connected component")
        let clustered = try fit(data, covariance: .cluster(["unit"]), convention: "plm-hc0")
        for term in ["x1", "x2"] {
            assertClose(classical.coefficient(term)!.estimate, try reference["coefficients"][term].number(), relative: 1e-8, term)
            assertClose(classical.coefficient(term)!.stdError, try reference["se_classical"][term].number(), relative: 1e-6, term)
            assertClose(clustered.coefficient(term)!.stdError, try reference["se_cluster_unit_hc0"][term].number(), relative: 1e-6, term)
        }
        let ssr = classical.residuals.compactMap { $0 }.reduce(0) { $0 + $1 * $1 }
        assertClose(ssr, try reference["ssr"].number(), relative: 1e-8, "sum of squared residuals")
    }
}
