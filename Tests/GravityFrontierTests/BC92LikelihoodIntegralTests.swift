@testable import GravityFrontier
import GravityKit
import XCTest

/// The closed-form Battese-Coelli (1992) likelihood of one unit against direct numerical
/// integration of `Π_t φ((e_t + w_t u) / sigma_v) / sigma_v` over the truncated-normal `u`.
final class BC92LikelihoodIntegralTests: XCTestCase {
    func testClosedFormMatchesNumericalIntegration() throws {
        let residuals = [-0.42, 0.13, -0.75, -0.2]
        let (sigmaSq, gamma, mu, eta) = (0.35, 0.7, 0.15, 0.08)
        let structure = try PanelStructure(unit: Grouping(name: "u", codes: [0, 0, 0, 0], levels: ["a"]),
                                           time: Grouping(name: "t", codes: [0, 1, 2, 4], levels: ["1", "2", "3", "4", "5"]))
        let rows = PanelRows(structure: structure, lastPeriod: .panel)
        let likelihood = PanelLikelihood(response: residuals, design: Matrix(columnList: [[1, 1, 1, 1]]), rows: rows,
                                         truncated: true, timeVarying: true)
        let closedForm = likelihood.evaluate([0, sigmaSq, gamma, mu, eta]).value

        let sigmaU = (gamma * sigmaSq).squareRoot(), sigmaV = ((1 - gamma) * sigmaSq).squareRoot()
        let periods = [1.0, 2, 3, 5], last = 5.0
        let normal = NormalDistribution.standard
        func integrand(_ u: Double) -> Double {
            var density = normal.pdf((u - mu) / sigmaU) / (sigmaU * normal.cdf(mu / sigmaU))
            for (e, t) in zip(residuals, periods) {
                density *= normal.pdf((e + exp(-eta * (t - last)) * u) / sigmaV) / sigmaV
            }
            return density
        }
        let upper = 12.0, steps = 24_000
        let h = upper / Double(steps)
        var sum = integrand(0) + integrand(upper)
        for i in 1..<steps { sum += (i % 2 == 1 ? 4 : 2) * integrand(Double(i) * h) }
        XCTAssertEqual(closedForm, log(sum * h / 3), accuracy: 1e-9)
    }

    func testLastPeriodConventions() throws {
        // Unit "b" stops one period early: its distance to T differs between the conventions.
        let structure = try PanelStructure(unit: Grouping(name: "u", codes: [0, 0, 0, 1, 1], levels: ["a", "b"]),
                                           time: Grouping(name: "t", codes: [2, 0, 1, 1, 0], levels: ["1", "2", "3"]))
        let panel = PanelRows(structure: structure, lastPeriod: .panel)
        let unit = PanelRows(structure: structure, lastPeriod: .unit)
        XCTAssertEqual(panel.frameRows, [1, 2, 0, 4, 3])
        XCTAssertEqual(panel.periodsFromEnd, [-2, -1, 0, -2, -1])
        XCTAssertEqual(unit.periodsFromEnd, [-2, -1, 0, -1, 0])
    }
}
