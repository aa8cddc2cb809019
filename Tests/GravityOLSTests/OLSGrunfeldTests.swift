import GravityKit
import GravityTestKit
import XCTest

/// Pooled OLS on the Grunfeld panel against R (lm, sandwich, lmtest) in `../shared/reference/panel_grunfeld.json`.
///
/// Tolerance: 1e-8 relative. The reference carries 15 significant digits and least squares is a
/// closed form, so agreement is limited by rounding of the reference, not by the algorithm.
final class OLSGrunfeldTests: XCTestCase {
    static let tolerance = 1e-8
    private let terms = ["(Intercept)", "value", "capital"]

    private func fit(_ covariance: CovarianceSpecification) throws -> EstimationResult {
        let data = try DataReader.read(path: SharedData.repositoryPath("Examples/Data/grunfeld.csv"))
        let request = FitRequest(formula: try Formula("inv ~ value + capital"), covariance: covariance)
        return try EstimatorRegistry.standard().estimator(named: "ols").fit(data, request: request)
    }

    private func reference() throws -> ReferenceJSON {
        try SharedData.reference("panel_grunfeld.json")["models"].element(withID: "pooled_ols")
    }

    func testClassicalMatchesR() throws {
        let ref = try reference()
        let result = try fit(.classical)
        XCTAssertEqual(result.terms, terms)
        XCTAssertEqual(result.nobs, 200)
        for term in terms {
            let row = try XCTUnwrap(result.coefficient(term))
            assertClose(row.estimate, try ref["coefficients"][term].number(), relative: Self.tolerance, term)
            assertClose(row.stdError, try ref["se"][term].number(), relative: Self.tolerance, term)
            assertClose(row.statistic, try ref["t"][term].number(), relative: Self.tolerance, term)
            assertClose(row.pValue, try ref["p"][term].number(), relative: 1e-6, "p-value of \(term)")
        }
        assertClose(result.statistic("r_squared")!, try ref["r2"].number(), relative: Self.tolerance)
        assertClose(result.statistic("adj_r_squared")!, try ref["adj_r2"].number(), relative: Self.tolerance)
        assertClose(result.statistic("sigma")!, try ref["residual_se"].number(), relative: Self.tolerance)
        assertClose(result.statistic("f_statistic")!, try ref["f_statistic"]["value"].number(), relative: Self.tolerance)
        XCTAssertEqual(result.statistic("df_residual"), try ref["df_residual"].number())
    }

    func testHC1MatchesSandwich() throws {
        let ref = try reference()["robust"]["HC1"]
        let result = try fit(.heteroskedastic(.hc1))
        for term in terms {
            let row = try XCTUnwrap(result.coefficient(term))
            assertClose(row.stdError, try ref["se"][term].number(), relative: Self.tolerance, term)
            assertClose(row.pValue, try ref["p"][term].number(), relative: 1e-6, term)
        }
    }

    /// Cluster by firm: same standard errors as sandwich::vcovCL(type = "HC1") and Stata; the
    /// p-values follow Stata's t(G-1), which the reference gives as `p_t_G_minus_1`.
    func testClusterByFirmMatchesSandwichAndStataConvention() throws {
        let ref = try reference()["robust"]["cluster_id_HC1"]
        let result = try fit(.cluster(["firm"]))
        for term in terms {
            let row = try XCTUnwrap(result.coefficient(term))
            assertClose(row.stdError, try ref["se"][term].number(), relative: Self.tolerance, term)
            assertClose(row.pValue, try ref["p_t_G_minus_1"][term].number(), relative: 1e-6, term)
        }
        XCTAssertEqual(result.inference, .studentT(9))
    }

    func testResidualsAndFittedAreAlignedToInputRows() throws {
        let result = try fit(.classical)
        XCTAssertEqual(result.fitted.count, 200)
        let ssr = result.residuals.compactMap { $0 }.reduce(0) { $0 + $1 * $1 }
        assertClose(ssr, try reference()["ssr"].number(), relative: Self.tolerance)
    }
}

/// Behaviour a user relies on beyond the numbers: collinearity, missing rows, bad input.
final class OLSBehaviourTests: XCTestCase {
    private let ols = OLSEstimator()

    func testCollinearRegressorIsNamedAndTheLaterOneDropped() throws {
        var rng = SeededRandom(seed: 7)
        let x1 = (0..<50).map { _ in rng.normal() }, x2 = (0..<50).map { _ in rng.normal() }
        let x3 = zip(x1, x2).map { 2 * $0 - $1 }
        let y = (0..<50).map { 1 + 2 * x1[$0] - x2[$0] + rng.normal(sd: 0.1) }
        let data = try Dataset([("y", .numeric(y)), ("x1", .numeric(x1)), ("x2", .numeric(x2)), ("x3", .numeric(x3))])
        let full = try ols.fit(data, request: FitRequest(formula: try Formula("y ~ x1 + x2 + x3")))
        let reduced = try ols.fit(data, request: FitRequest(formula: try Formula("y ~ x1 + x2")))
        XCTAssertEqual(full.terms, ["(Intercept)", "x1", "x2"])
        XCTAssertTrue(full.notes.contains("`x3` omitted because of collinearity."), "\(full.notes)")
        for (a, b) in zip(full.estimates, reduced.estimates) { assertClose(a, b, relative: 1e-10) }
    }

    func testTooFewObservationsAndBadCovarianceAreErrors() throws {
        let data = try Dataset([("y", .numeric([1, 2])), ("x", .numeric([0, 1]))])
        XCTAssertThrowsError(try ols.fit(data, request: FitRequest(formula: try Formula("y ~ x")))) { error in
            XCTAssertTrue("\(error)".contains("more observations than coefficients"), "\(error)")
        }
        XCTAssertThrowsError(try ols.fit(data, request: FitRequest(formula: try Formula("y ~ x"), covariance: .cluster(["g"])))) { error in
            XCTAssertEqual(error as? GravityError, .unknownVariable("g", suggestions: []))
        }
    }

    func testRecoversTrueCoefficientsOnSimulatedData() throws {
        var rng = SeededRandom(seed: 11)
        let n = 20_000
        let x = (0..<n).map { _ in rng.normal() }, z = (0..<n).map { _ in rng.uniform() }
        let y = (0..<n).map { 0.5 + 1.5 * x[$0] - 2 * z[$0] + rng.normal() }
        let data = try Dataset([("y", .numeric(y)), ("x", .numeric(x)), ("z", .numeric(z))])
        let result = try ols.fit(data, request: FitRequest(formula: try Formula("y ~ x + z"), covariance: .heteroskedastic(.hc3)))
        for (row, truth) in zip(result.coefficients, [0.5, 1.5, -2.0]) {
            XCTAssertLessThan(abs(row.estimate - truth), 4 * row.stdError, row.term)
        }
    }
}
