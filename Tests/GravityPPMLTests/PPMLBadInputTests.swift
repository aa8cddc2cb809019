import GravityKit
import GravityTestKit
import XCTest

/// What `ppml` says about input it cannot estimate.
final class PPMLBadInputTests: XCTestCase {
    private func data(y: [Double], x: [Double]? = nil) throws -> Dataset {
        let x = x ?? y.indices.map { Double($0 % 5) }
        return try Dataset([("y", .numeric(y)), ("x", .numeric(x)), ("g", .numeric(y.indices.map { Double($0 % 3) }))])
    }

    private func fit(_ data: Dataset, _ formula: String, options: [String: String] = [:]) throws -> EstimationResult {
        try PPMLEstimator().fit(data, request: FitRequest(formula: try Formula(formula), options: options))
    }

    func testNegativeOutcomesAreCounted() throws {
        XCTAssertThrowsError(try fit(try data(y: [1, -2, 3, -4, 5, 6, 7, 8]), "y ~ x")) { error in
            XCTAssertTrue("\(error)".contains("2 negative value(s)"), "\(error)")
        }
    }

    func testAllZeroOutcomeIsReported() throws {
        XCTAssertThrowsError(try fit(try data(y: [0, 0, 0, 0, 0, 0]), "y ~ x")) { error in
            XCTAssertTrue("\(error)".contains("zero in every row"), "\(error)")
        }
    }

    func testRegressorPredictingZerosIsDroppedNotInfinite() throws {
        // d = 1 only where y = 0: its coefficient would be minus infinity.
        let y: [Double] = [0, 0, 0, 2, 3, 1, 4, 2, 5, 1, 3, 2]
        let d: [Double] = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        let x: [Double] = [0.1, 0.5, 0.3, 0.2, 0.9, 0.4, 0.8, 0.3, 1.0, 0.1, 0.6, 0.5]
        let data = try Dataset([("y", .numeric(y)), ("d", .numeric(d)), ("x", .numeric(x))])
        let result = try fit(data, "y ~ x + d")
        XCTAssertEqual(result.nobs, 9)
        XCTAssertFalse(result.terms.contains("d"))
        XCTAssertTrue(result.notes.contains { $0.hasPrefix("3 observation(s) dropped as separated by the regressors") }, "\(result.notes)")
        XCTAssertTrue(result.estimates.allSatisfy(\.isFinite))
    }

    func testNonConvergenceSaysHowFarItGot() throws {
        let y: [Double] = [1, 3, 2, 5, 4, 8, 6, 9, 7, 12]
        let data = try self.data(y: y, x: y.indices.map { Double($0) / 3 })
        XCTAssertThrowsError(try fit(data, "y ~ x", options: ["max_iterations": "1"])) { error in
            XCTAssertTrue("\(error)".contains("did not converge in 1 iterations: the last relative deviance change was"), "\(error)")
        }
        let result = try fit(data, "y ~ x", options: ["max_iterations": "1", "allow_nonconvergence": "true"])
        XCTAssertEqual(result.statistic("converged"), 0)
        XCTAssertTrue(result.notes.contains { $0.hasPrefix("Warning: IRLS did not converge") }, "\(result.notes)")
    }

    func testBadOptionsAndCovariances() throws {
        let data = try self.data(y: [1, 3, 2, 5, 4, 8, 6, 9, 7, 12])
        XCTAssertThrowsError(try fit(data, "y ~ x", options: ["tolerance": "-1"]))
        XCTAssertThrowsError(try fit(data, "y ~ x", options: ["family": "binomial"])) { error in
            XCTAssertTrue("\(error)".contains("poisson, gamma, gaussian"), "\(error)")
        }
        XCTAssertThrowsError(try fit(data, "y ~ x", options: ["weights": "nope"])) { error in
            XCTAssertTrue("\(error)".contains("nope"), "\(error)")
        }
        XCTAssertThrowsError(try PPMLEstimator().fit(data, request: FitRequest(formula: try Formula("y ~ x"), covariance: .heteroskedastic(.hc3)))) { error in
            XCTAssertTrue("\(error)".contains("hc3"), "\(error)")
        }
    }

    func testRegistryNamesAndAliases() throws {
        let registry = EstimatorRegistry.standard()
        for name in ["ppml", "poisson", "fepois", "ppmlhdfe"] {
            XCTAssertEqual(try registry.estimator(named: name).descriptor.name, "ppml")
        }
    }
}
