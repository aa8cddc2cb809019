import GravityKit
import GravityTestKit
import XCTest

/// The OLS plug-in passes the contributor kit's conformance checks.
final class OLSConformanceTests: XCTestCase {
    func testConformance() throws {
        let scenario = ConformanceScenario(estimator: OLSEstimator(), formula: "y ~ x1 + x2",
                                           trueCoefficients: ["(Intercept)": 1, "x1": 2, "x2": -0.5]) { rng in
            let n = 500
            let x1 = (0..<n).map { _ in rng.normal() }, x2 = (0..<n).map { _ in rng.uniform() * 4 }
            let y = (0..<n).map { 1 + 2 * x1[$0] - 0.5 * x2[$0] + rng.normal(sd: 0.5) }
            return try! Dataset([("y", .numeric(y)), ("x1", .numeric(x1)), ("x2", .numeric(x2))])
        }
        try EstimatorConformance.check(scenario)
    }
}
