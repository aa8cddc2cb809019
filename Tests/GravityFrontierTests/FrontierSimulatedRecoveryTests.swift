import GravityKit
import GravityTestKit
import XCTest

/// Recovery of known parameters from large simulated samples: every estimate within four standard
/// errors of the truth, and the mean estimated efficiency within 0.01 of the mean true `exp(-u)`.
final class FrontierSimulatedRecoveryTests: XCTestCase {
    /// A draw from the normal with mean `mean` and standard deviation `sd` truncated at zero, by inversion.
    private func truncatedNormal(_ rng: inout SeededRandom, mean: Double, sd: Double) -> Double {
        let normal = NormalDistribution.standard
        let lower = normal.cdf(-mean / sd)
        return mean + sd * normal.quantile(lower + rng.uniform() * (1 - lower))
    }

    private func assertRecovered(_ result: EstimationResult, _ truth: [String: Double], file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(result.statistic("converged"), 1, file: file, line: line)
        for (term, value) in truth {
            let row = try XCTUnwrap(result.coefficient(term), "missing \(term)", file: file, line: line)
            XCTAssert(abs(row.estimate - value) < 4 * row.stdError,
                      "\(term): estimate \(row.estimate) (SE \(row.stdError)) is not within 4 SE of \(value)", file: file, line: line)
        }
    }

    private func assertMeanEfficiency(_ result: EstimationResult, trueU: [Double], file: StaticString = #filePath, line: UInt = #line) throws {
        let trueMean = trueU.map { exp(-$0) }.reduce(0, +) / Double(trueU.count)
        assertClose(try XCTUnwrap(result.statistic("mean_efficiency")), trueMean, relative: 0, absolute: 0.01, "mean efficiency", file: file, line: line)
    }

    /// `n` rows of `x1, x2` and `y = 1 + 0.5 x1 - 0.3 x2 + v - u` with the given `u` generator.
    private func crossSection(n: Int, seed: UInt64, sigmaV: Double, u: (inout SeededRandom) -> Double) throws -> (Dataset, [Double]) {
        var rng = SeededRandom(seed: seed)
        var x1 = [Double](), x2 = [Double](), y = [Double](), us = [Double]()
        for _ in 0..<n {
            let a = rng.normal(), b = rng.normal(), inefficiency = u(&rng)
            x1.append(a)
            x2.append(b)
            us.append(inefficiency)
            y.append(1 + 0.5 * a - 0.3 * b + rng.normal(sd: sigmaV) - inefficiency)
        }
        return (try Dataset([("y", .numeric(y)), ("x1", .numeric(x1)), ("x2", .numeric(x2))]), us)
    }

    private let slopes = ["(Intercept)": 1.0, "x1": 0.5, "x2": -0.3]

    func testHalfNormal() throws {
        let (data, u) = try crossSection(n: 20_000, seed: 11, sigmaV: 0.3) { rng in abs(rng.normal(sd: 0.5)) }
        let result = try SFAEstimator().fit(data, request: FitRequest(formula: try Formula("y ~ x1 + x2")))
        try assertRecovered(result, slopes.merging(["sigmaSq": 0.34, "gamma": 0.25 / 0.34]) { $1 })
        try assertMeanEfficiency(result, trueU: u)
        let lr = try XCTUnwrap(result.tests.first)
        XCTAssertLessThan(lr.pValue, 1e-6)
    }

    func testTruncatedNormal() throws {
        let (data, u) = try crossSection(n: 20_000, seed: 12, sigmaV: 0.2) { rng in self.truncatedNormal(&rng, mean: 0.3, sd: 0.4) }
        let result = try SFAEstimator().fit(data, request: FitRequest(formula: try Formula("y ~ x1 + x2"), options: ["distribution": "truncated-normal"]))
        try assertRecovered(result, slopes.merging(["sigmaSq": 0.2, "gamma": 0.8, "mu": 0.3]) { $1 })
        try assertMeanEfficiency(result, trueU: u)
    }

    func testExponential() throws {
        let (data, u) = try crossSection(n: 20_000, seed: 13, sigmaV: 0.25) { rng in -0.4 * log(rng.uniform()) }
        let result = try SFAEstimator().fit(data, request: FitRequest(formula: try Formula("y ~ x1 + x2"), options: ["distribution": "exponential"]))
        try assertRecovered(result, slopes.merging(["sigmaSq": 0.16 + 0.0625, "gamma": 0.16 / 0.2225]) { $1 })
        try assertMeanEfficiency(result, trueU: u)
        assertClose(try XCTUnwrap(result.statistic("sigma_u")), 0.4, relative: 0.05)
    }

    func testBC92TimeVarying() throws {
        var rng = SeededRandom(seed: 21)
        let units = 2_000, periods = 8, eta = 0.05
        var unit = [Double](), time = [Double](), x1 = [Double](), y = [Double](), us = [Double]()
        for i in 0..<units {
            let ui = abs(rng.normal(sd: 0.4))
            for t in 1...periods {
                let a = rng.normal(), inefficiency = exp(-eta * Double(t - periods)) * ui
                unit.append(Double(i))
                time.append(Double(2000 + t))
                x1.append(a)
                us.append(inefficiency)
                y.append(1 + 0.5 * a + rng.normal(sd: 0.2) - inefficiency)
            }
        }
        let data = try Dataset([("id", .numeric(unit)), ("year", .numeric(time)), ("y", .numeric(y)), ("x1", .numeric(x1))])
        let request = FitRequest(formula: try Formula("y ~ x1"), panel: PanelSpecification(unit: "id", time: "year"))
        let result = try BC92Estimator().fit(data, request: request)
        try assertRecovered(result, ["(Intercept)": 1, "x1": 0.5, "sigmaSq": 0.2, "gamma": 0.8, "eta": eta])
        try assertMeanEfficiency(result, trueU: us)
        XCTAssertEqual(result.tests.first?.df, 2)
    }

    func testBC95() throws {
        var rng = SeededRandom(seed: 31)
        let n = 20_000
        var x1 = [Double](), z1 = [Double](), y = [Double](), us = [Double]()
        for _ in 0..<n {
            let a = rng.normal(), z = rng.normal()
            let inefficiency = truncatedNormal(&rng, mean: 0.2 + 0.4 * z, sd: 0.3)
            x1.append(a)
            z1.append(z)
            us.append(inefficiency)
            y.append(1 + 0.5 * a + rng.normal(sd: 0.2) - inefficiency)
        }
        let data = try Dataset([("y", .numeric(y)), ("x1", .numeric(x1)), ("z1", .numeric(z1))])
        let result = try BC95Estimator().fit(data, request: FitRequest(formula: try Formula("y ~ x1 | z1")))
        XCTAssertEqual(result.terms, ["(Intercept)", "x1", "Z_(Intercept)", "Z_z1", "sigmaSq", "gamma"])
        try assertRecovered(result, ["(Intercept)": 1, "x1": 0.5, "Z_(Intercept)": 0.2, "Z_z1": 0.4, "sigmaSq": 0.13, "gamma": 0.09 / 0.13])
        try assertMeanEfficiency(result, trueU: us)
        XCTAssertEqual(result.tests.first?.df, 3)
    }
}
