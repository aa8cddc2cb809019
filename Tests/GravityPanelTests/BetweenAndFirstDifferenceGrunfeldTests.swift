import GravityKit
import GravityTestKit
import XCTest

/// `be` and `fd` on the balanced Grunfeld panel against plm's between and first-difference models.
final class BetweenAndFirstDifferenceGrunfeldTests: XCTestCase {
    private let terms = ["(Intercept)", "value", "capital"]

    func testBetweenMatchesPlm() throws {
        let ref = try Grunfeld.reference("between")
        let result = try Grunfeld.fit("be")
        try assertTable(result, ref, terms: terms)
        assertClose(result.statistic("r_squared")!, try ref["r2"].number(), relative: Grunfeld.tolerance)
        assertClose(result.statistic("adj_r_squared")!, try ref["adj_r2"].number(), relative: Grunfeld.tolerance)
        XCTAssertEqual(result.statistic("df_residual"), try ref["df_residual"].number())
        // plm counts the rows of the means regression, one per unit.
        XCTAssertEqual(result.statistic("n_units"), try ref["nobs"].number())
        XCTAssertEqual(result.nobs, 200)
        let ssr = pow(result.statistic("sigma")!, 2) * result.statistic("df_residual")!
        assertClose(ssr, try ref["ssr"].number(), relative: Grunfeld.tolerance)
    }

    func testFirstDifferencesMatchPlm() throws {
        let ref = try Grunfeld.reference("fd")
        let result = try Grunfeld.fit("fd")
        try assertTable(result, ref, terms: terms)
        assertClose(result.statistic("r_squared")!, try ref["r2"].number(), relative: Grunfeld.tolerance)
        assertClose(result.statistic("adj_r_squared")!, try ref["adj_r2"].number(), relative: Grunfeld.tolerance)
        XCTAssertEqual(result.statistic("df_residual"), try ref["df_residual"].number())
        XCTAssertEqual(result.statistic("nobs"), try ref["nobs"].number())
        XCTAssertEqual(result.nobs, 190)
        let ssr = result.residuals.compactMap { $0 }.reduce(0) { $0 + $1 * $1 }
        assertClose(ssr, try ref["ssr"].number(), relative: Grunfeld.tolerance)
    }

    /// Cluster-robust first differences on the balanced panel, printed by R with
    /// `fd <- plm(inv ~ value + capital, data = pdat, model = "fd")` and
    /// `sprintf("%.15g", sqrt(diag(vcovHC(fd, method = "arellano", type = "HC0" / "sss"))))`.
    func testFirstDifferenceClusterConventionsMatchPlm() throws {
        for (convention, errors) in [("plm-hc0", [3.09253218039896, 0.012811182771779, 0.146658338262851]),
                                     ("plm-sss", [3.27720094654013, 0.0135761951232328, 0.155415955901552])] {
            let result = try Grunfeld.fit("fd", covariance: .cluster(["firm"]), options: ["cluster_convention": convention])
            assertStandardErrors(result, errors)
            XCTAssertEqual(result.inference, .studentT(187))
            XCTAssertTrue(result.covarianceLabel.contains("10 firm clusters"), result.covarianceLabel)
        }
        let stata = try Grunfeld.fit("fd", covariance: .cluster(["firm"]))
        XCTAssertEqual(stata.inference, .studentT(9))
        assertStandardErrors(stata, [3.27720094654013, 0.0135761951232328, 0.155415955901552])
    }
}
