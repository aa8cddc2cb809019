import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// `ppml` passes the contributor kit's conformance checks, without and with fixed effects.
final class PPMLConformanceTests: XCTestCase {
    /// A Poisson draw by inversion (means here are small).
    static func poisson(_ mean: Double, _ rng: inout SeededRandom) -> Double {
        var k = 0.0, p = exp(-mean), cumulative = p
        let u = rng.uniform()
        while u > cumulative && k < 1000 {
            k += 1
            p *= mean / k
            cumulative += p
        }
        return k
    }

    static func simulated(_ rng: inout SeededRandom, groups: Int) -> Dataset {
        let n = 600
        let effect = groups == 1 ? [0] : (0..<groups).map { _ in rng.normal(sd: 0.5) }
        let g = (0..<n).map { $0 % groups }
        let x1 = (0..<n).map { _ in rng.normal() }, x2 = (0..<n).map { _ in rng.uniform() * 2 }
        let y = (0..<n).map { poisson(exp(0.5 + 0.6 * x1[$0] - 0.4 * x2[$0] + effect[g[$0]]), &rng) }
        return try! Dataset([("y", .numeric(y)), ("x1", .numeric(x1)), ("x2", .numeric(x2)), ("g", .numeric(g.map(Double.init)))])
    }

    func testConformanceWithoutFixedEffects() throws {
        let scenario = ConformanceScenario(estimator: PPMLEstimator(), formula: "y ~ x1 + x2",
                                           trueCoefficients: ["(Intercept)": 0.5, "x1": 0.6, "x2": -0.4]) { rng in
            Self.simulated(&rng, groups: 1)
        }
        try EstimatorConformance.check(scenario)
    }

    func testConformanceWithFixedEffects() throws {
        let scenario = ConformanceScenario(estimator: PPMLEstimator(), formula: "y ~ x1 + x2 | g",
                                           trueCoefficients: ["x1": 0.6, "x2": -0.4]) { rng in
            Self.simulated(&rng, groups: 12)
        }
        try EstimatorConformance.check(scenario)
    }
}
