import GravityKit
import GravityTestKit
import XCTest

/// Every panel estimator passes the contributor kit's conformance checks on a simulated
/// random-effects panel (unit effects uncorrelated with the regressors, so all four estimators
/// are consistent for the slopes).
final class PanelConformanceTests: XCTestCase {
    private static let panel = PanelSpecification(unit: "unit", time: "year")

    private static func simulate(_ rng: inout SeededRandom) -> Dataset {
        let units = 200, periods = 6
        var unit: [String?] = [], year: [Double] = [], x1: [Double] = [], x2: [Double] = [], y: [Double] = []
        for i in 0..<units {
            let effect = rng.normal(sd: 1)
            let level = rng.normal()
            for t in 0..<periods {
                let a = level + rng.normal(), b = rng.uniform() * 3 + 0.2 * Double(t)
                unit.append("u\(i)")
                year.append(Double(2000 + t))
                x1.append(a)
                x2.append(b)
                y.append(2 + 1.0 * a - 0.5 * b + effect + rng.normal(sd: 0.5))
            }
        }
        return try! Dataset([("unit", Column.text(unit)), ("year", .numeric(year)), ("x1", .numeric(x1)), ("x2", .numeric(x2)), ("y", .numeric(y))])
    }

    private func check(_ name: String, options: [String: String] = [:], observationsAreRows: Bool = true) throws {
        let estimator = try EstimatorRegistry.standard().estimator(named: name)
        try EstimatorConformance.check(ConformanceScenario(estimator: estimator, formula: "y ~ x1 + x2", panel: Self.panel, options: options,
                                                           trueCoefficients: ["x1": 1.0, "x2": -0.5], observationsAreRows: observationsAreRows,
                                                           makeData: Self.simulate))
    }

    func testFixedEffects() throws { try check("fe") }
    func testTwoWayFixedEffects() throws { try check("fe", options: ["effect": "twoways"]) }
    func testRandomEffects() throws { try check("re") }
    func testBetween() throws { try check("be") }
    /// One dropped row removes up to two differences, so only "at least 3 fewer" is checked.
    func testFirstDifferences() throws { try check("fd", observationsAreRows: false) }
}
