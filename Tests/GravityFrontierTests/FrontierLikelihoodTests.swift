@testable import GravityFrontier
import GravityKit
import GravityTestKit
import XCTest

/// The log-likelihoods and their analytic gradients, checked against the reference optimum and
/// against central finite differences.
final class FrontierLikelihoodTests: XCTestCase {
    private func front41Frame() throws -> ModelFrame {
        let data = try CSVReader.read(path: try SharedData.path("data/front41.csv"))
        return try ModelFrame(dataset: data, formula: try Formula("log(output) ~ log(capital) + log(labour)"), extraParts: .reject("test"))
    }

    func testHalfNormalValueAtPolishedOptimum() throws {
        let reference = try SharedData.reference("sfa_front41.json")["models"].element(withID: "front41_cs_halfnormal")["polished"]
        let frame = try front41Frame()
        let likelihood = TruncatedNormalLikelihood(response: frame.response, design: frame.design.matrix, truncated: false)
        let names = ["(Intercept)", "log(capital)", "log(labour)", "sigmaSq", "gamma"]
        let parameters = try names.map { try reference["coefficients"][$0].number() }
        let (value, gradient) = likelihood.evaluate(parameters)
        assertClose(value, try reference["loglik_exact_pi"].number(), relative: 0, absolute: 1e-9)
        XCTAssertLessThan(gradient.map(abs).max()!, 1e-6)
    }

    func testTruncatedNormalValueAtUnboundedOptimum() throws {
        let reference = try SharedData.reference("sfa_front41.json")["models"].element(withID: "front41_cs_truncnormal_unbounded")["polished"]
        let frame = try front41Frame()
        let likelihood = TruncatedNormalLikelihood(response: frame.response, design: frame.design.matrix, truncated: true)
        let names = ["(Intercept)", "log(capital)", "log(labour)", "sigmaSq", "gamma", "mu"]
        let parameters = try names.map { try reference["coefficients"][$0].number() }
        let (value, gradient) = likelihood.evaluate(parameters)
        assertClose(value, try reference["loglik_exact_pi"].number(), relative: 0, absolute: 1e-9)
        XCTAssertLessThan(gradient.map(abs).max()!, 1e-6)
    }

    func testPanelLikelihoodWithOneRowPerUnitEqualsCrossSection() throws {
        let frame = try front41Frame()
        let structure = try PanelStructure(unit: Grouping(name: "firm", codes: (0..<60).map(Int32.init), levels: (1...60).map(String.init)),
                                           time: Grouping(name: "t", codes: [Int32](repeating: 0, count: 60), levels: ["1"]))
        let panel = PanelLikelihood(response: frame.response, design: frame.design.matrix,
                                    rows: PanelRows(structure: structure, lastPeriod: .panel), truncated: true, timeVarying: false)
        let cross = TruncatedNormalLikelihood(response: frame.response, design: frame.design.matrix, truncated: true)
        let parameters = [0.5, 0.28, 0.54, 0.6, 0.9, -1.2]
        let a = panel.evaluate(parameters), b = cross.evaluate(parameters)
        assertClose(a.value, b.value, relative: 1e-13)
        for (x, y) in zip(a.gradient, b.gradient) { assertClose(x, y, relative: 1e-10, absolute: 1e-12) }
    }

    func testGradientsMatchFiniteDifferences() throws {
        var rng = SeededRandom(seed: 7)
        let n = 240, units = 40
        let x = (0..<n).map { _ in rng.normal() }
        let y = x.map { 1 + 0.5 * $0 + 0.3 * rng.normal() - abs(rng.normal()) * 0.4 }
        let design = Matrix(columnList: [[Double](repeating: 1, count: n), x])
        let z = Matrix(columnList: [[Double](repeating: 1, count: n), (0..<n).map { _ in rng.normal() }])
        let structure = try PanelStructure(unit: Grouping(name: "u", codes: (0..<n).map { Int32($0 % units) }, levels: (0..<units).map(String.init)),
                                           time: Grouping(name: "t", codes: (0..<n).map { Int32($0 / units) }, levels: (0..<(n / units)).map(String.init)))
        let rows = PanelRows(structure: structure, lastPeriod: .panel)
        let cases: [(String, any FrontierLikelihood, [Double])] = [
            ("half-normal", TruncatedNormalLikelihood(response: y, design: design, truncated: false), [0.9, 0.45, 0.3, 0.6]),
            ("truncated", TruncatedNormalLikelihood(response: y, design: design, truncated: true), [0.9, 0.45, 0.3, 0.6, 0.2]),
            ("bc95", TruncatedNormalLikelihood(response: y, design: design, determinants: z), [0.9, 0.45, 0.1, -0.2, 0.3, 0.6]),
            ("exponential", ExponentialLikelihood(response: y, design: design), [0.9, 0.45, 0.3, 0.6]),
            ("bc92", PanelLikelihood(response: y, design: design, rows: rows, truncated: true, timeVarying: true), [0.9, 0.45, 0.3, 0.6, 0.1, 0.05]),
        ]
        for (name, likelihood, point) in cases {
            let analytic = likelihood.evaluate(point).gradient
            for j in point.indices {
                let h = 1e-6 * max(1, abs(point[j]))
                var up = point, down = point
                up[j] += h
                down[j] -= h
                let numeric = (likelihood.evaluate(up).value - likelihood.evaluate(down).value) / (2 * h)
                assertClose(analytic[j], numeric, relative: 1e-6, absolute: 1e-6, "\(name) parameter \(j)")
            }
        }
    }
}
