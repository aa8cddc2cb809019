@testable import GravityFrontier
import GravityKit
import GravityTestKit
import XCTest

/// Wrong skewness, boundary estimates, a singular Hessian, non-convergence and malformed requests
/// each end in a plain error: no estimates are ever returned as if they had converged.
final class FrontierBadInputTests: XCTestCase {
    private func simulated(n: Int, seed: UInt64, y: (Double, inout SeededRandom) -> Double) throws -> Dataset {
        var rng = SeededRandom(seed: seed)
        var x = [Double](), response = [Double]()
        for _ in 0..<n {
            let value = rng.normal()
            x.append(value)
            response.append(y(value, &rng))
        }
        return try Dataset([("y", .numeric(response)), ("x", .numeric(x))])
    }

    private func assertNumericalError(_ body: @autoclosure () throws -> Any, containing words: [String],
                                      file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            guard case GravityError.numerical(let message) = error else {
                return XCTFail("expected a numerical error, got \(error)", file: file, line: line)
            }
            for word in words { XCTAssert(message.contains(word), "message lacks `\(word)`: \(message)", file: file, line: line) }
        }
    }

    func testWrongSkewnessIsReportedAsNoInefficiency() throws {
        // Inefficiency added instead of subtracted: OLS residuals are skewed to the right.
        let data = try simulated(n: 2_000, seed: 3) { x, rng in 1 + 0.5 * x + rng.normal(sd: 0.3) + abs(rng.normal(sd: 0.5)) }
        let request = FitRequest(formula: try Formula("y ~ x"))
        assertNumericalError(try SFAEstimator().fit(data, request: request), containing: ["gamma = 0", "skewed the wrong way", "ols"])
    }

    func testDeterministicFrontierIsReportedAtGammaOne() throws {
        let data = try simulated(n: 500, seed: 4) { x, rng in 1 + 0.5 * x - abs(rng.normal(sd: 0.5)) }
        assertNumericalError(try SFAEstimator().fit(data, request: FitRequest(formula: try Formula("y ~ x"))), containing: ["gamma = 1"])
    }

    func testSingularHessianIsReported() throws {
        let frame = try ModelFrame(dataset: try simulated(n: 400, seed: 5) { x, rng in 1 + x + rng.normal(sd: 0.3) - abs(rng.normal(sd: 0.4)) },
                                   formula: try Formula("y ~ x"), extraParts: .reject("test"))
        let ols = try OLSStart(response: frame.response, design: frame.design)
        let base = TruncatedNormalLikelihood(response: frame.response, design: ols.fit.design, truncated: false)
        let flat = ExtraFlatParameter(base: base)
        let estimation = FrontierEstimation(likelihood: flat, ols: ols, exponential: false, muBound: 0, maxIterations: 200,
                                            names: ["(Intercept)", "x", "sigmaSq", "gamma", "mu"])
        assertNumericalError(try estimation.run(), containing: ["singular", "not reported as converged"])
    }

    func testFailureToConvergeIsReported() throws {
        let frame = try ModelFrame(dataset: try simulated(n: 100, seed: 6) { x, rng in 5 + x + rng.normal() },
                                   formula: try Formula("y ~ x"), extraParts: .reject("test"))
        let ols = try OLSStart(response: frame.response, design: frame.design)
        let estimation = FrontierEstimation(likelihood: Unbounded(observationCount: 100), ols: ols, exponential: false, muBound: 0,
                                            maxIterations: 50, names: ["(Intercept)", "x", "sigmaSq", "gamma"])
        assertNumericalError(try estimation.run(), containing: ["could not be maximised", "No estimates are reported"])
    }

    func testMalformedRequests() throws {
        let data = try simulated(n: 50, seed: 7) { x, rng in x + rng.normal() }
        XCTAssertThrowsError(try BC95Estimator().fit(data, request: FitRequest(formula: try Formula("y ~ x")))) { error in
            XCTAssert("\(error)".contains("after `|`"))
        }
        XCTAssertThrowsError(try BC92Estimator().fit(data, request: FitRequest(formula: try Formula("y ~ x")))) { error in
            XCTAssert("\(error)".contains("--id and --time"))
        }
        XCTAssertThrowsError(try SFAEstimator().fit(data, request: FitRequest(formula: try Formula("y ~ x"), options: ["distribution": "gamma"]))) { error in
            guard case GravityError.invalidOption = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try SFAEstimator().fit(data, request: FitRequest(formula: try Formula("y ~ x | x")))) { error in
            guard case GravityError.invalidInput = error else { return XCTFail("\(error)") }
        }
        let short = try Dataset([("y", .numeric([1, 2, 3])), ("x", .numeric([0, 1, 3]))])
        XCTAssertThrowsError(try SFAEstimator().fit(short, request: FitRequest(formula: try Formula("y ~ x")))) { error in
            XCTAssert("\(error)".contains("more observations than parameters"))
        }
    }

    func testSinglePeriodPanelCannotEstimateEta() throws {
        let data = try Dataset([("id", .numeric((0..<30).map(Double.init))), ("t", .numeric([Double](repeating: 1, count: 30))),
                                ("y", .numeric((0..<30).map { sin(Double($0)) })), ("x", .numeric((0..<30).map { cos(Double($0)) }))])
        let request = FitRequest(formula: try Formula("y ~ x"), panel: PanelSpecification(unit: "id", time: "t"))
        XCTAssertThrowsError(try BC92Estimator().fit(data, request: request)) { error in
            XCTAssert("\(error)".contains("single period"))
        }
    }
}

/// A likelihood with an extra parameter it ignores: its Hessian is singular.
private struct ExtraFlatParameter: FrontierLikelihood {
    let base: TruncatedNormalLikelihood
    var layout: ParameterLayout { ParameterLayout(betaCount: base.layout.betaCount, deltaCount: 0, hasMu: true, hasEta: false) }
    var observationCount: Int { base.observationCount }
    func evaluate(_ parameters: [Double]) -> (value: Double, gradient: [Double]) {
        let (value, gradient) = base.evaluate(Array(parameters.dropLast()))
        return (value, gradient + [0])
    }
    func residuals(_ parameters: [Double]) -> [Double] { base.residuals(Array(parameters.dropLast())) }
    func conditionalInefficiency(_ parameters: [Double]) -> ConditionalInefficiency { base.conditionalInefficiency(Array(parameters.dropLast())) }
}

/// A concave likelihood that grows without bound in its first parameter: no maximum exists.
private struct Unbounded: FrontierLikelihood {
    let observationCount: Int
    var layout: ParameterLayout { ParameterLayout(betaCount: 2, deltaCount: 0, hasMu: false, hasEta: false) }
    func evaluate(_ parameters: [Double]) -> (value: Double, gradient: [Double]) {
        guard isInDomain(parameters), parameters[0] > 0 else { return outsideDomain() }
        let s = parameters[2], g = parameters[3], logit = log(g / (1 - g))
        return (log(parameters[0]) - parameters[1] * parameters[1] - log(s) * log(s) - logit * logit,
                [1 / parameters[0], -2 * parameters[1], -2 * log(s) / s, -2 * logit / (g * (1 - g))])
    }
    func residuals(_ parameters: [Double]) -> [Double] { [] }
    func conditionalInefficiency(_ parameters: [Double]) -> ConditionalInefficiency { ConditionalInefficiency(muStar: [], sigmaStar: [], scale: []) }
}
