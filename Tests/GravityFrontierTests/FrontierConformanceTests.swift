import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// Every frontier estimator passes the contributor kit's conformance checks on a simulated
/// production frontier y = 1 + 0.6 x1 - 0.4 x2 + v - u.
final class FrontierConformanceTests: XCTestCase {
    private static let panel = PanelSpecification(unit: "unit", time: "year")

    private static func simulate(_ rng: inout SeededRandom) -> Dataset {
        let units = 300, periods = 5
        var unit: [String?] = [], year: [Double] = [], x1: [Double] = [], x2: [Double] = [], z1: [Double] = [], y: [Double] = []
        for i in 0..<units {
            let persistent = abs(rng.normal(sd: 0.4))
            for t in 0..<periods {
                let a = rng.normal(), b = rng.uniform() * 2, z = rng.uniform()
                unit.append("u\(i)")
                year.append(Double(2000 + t))
                x1.append(a)
                x2.append(b)
                z1.append(z)
                y.append(1 + 0.6 * a - 0.4 * b + rng.normal(sd: 0.2) - persistent)
            }
        }
        return try! Dataset([("unit", Column.text(unit)), ("year", .numeric(year)), ("x1", .numeric(x1)), ("x2", .numeric(x2)),
                             ("z1", .numeric(z1)), ("y", .numeric(y))])
    }

    private func check(_ name: String, formula: String = "y ~ x1 + x2", panel: PanelSpecification? = nil, options: [String: String] = [:]) throws {
        let estimator = try EstimatorRegistry.standard().estimator(named: name)
        try EstimatorConformance.check(ConformanceScenario(estimator: estimator, formula: formula, panel: panel, options: options,
                                                           trueCoefficients: ["x1": 0.6, "x2": -0.4], makeData: Self.simulate))
    }

    func testCrossSectionHalfNormal() throws { try check("sfa") }
    func testBatteseCoelli1992() throws { try check("sfa-bc92", panel: Self.panel, options: ["time_varying": "false"]) }
    func testBatteseCoelli1995() throws { try check("sfa-bc95", formula: "y ~ x1 + x2 | z1") }
}
