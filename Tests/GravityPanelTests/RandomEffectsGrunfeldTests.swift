import GravityKit
import GravityTestKit
import XCTest

/// `re` on the balanced Grunfeld panel against plm's random-effects models with the three
/// variance-component methods.
final class RandomEffectsGrunfeldTests: XCTestCase {
    private let terms = ["(Intercept)", "value", "capital"]

    private func check(method: String, referenceID: String) throws {
        let ref = try Grunfeld.reference(referenceID)
        let result = try Grunfeld.fit("re", options: ["method": method])
        try assertTable(result, ref, terms: terms)
        XCTAssertEqual(result.inference, .normal, "plm reports z tests for random effects")
        assertClose(pow(result.statistic("sigma_e")!, 2), try ref["sigma2"]["idios"].number(), relative: Grunfeld.tolerance, method)
        assertClose(pow(result.statistic("sigma_u")!, 2), try ref["sigma2"]["id"].number(), relative: Grunfeld.tolerance, method)
        assertClose(result.statistic("rho")!, try ref["share_id"].number(), relative: Grunfeld.tolerance, method)
        assertClose(result.statistic("theta")!, try ref["theta"]["value"].number(), relative: Grunfeld.tolerance, method)
        assertClose(result.statistic("r_squared")!, try ref["r2"].number(), relative: Grunfeld.tolerance, method)
        assertClose(result.statistic("adj_r_squared")!, try ref["adj_r2"].number(), relative: Grunfeld.tolerance, method)
        XCTAssertEqual(result.statistic("df_residual"), try ref["df_residual"].number())
        XCTAssertEqual(result.statistic("nobs"), try ref["nobs"].number())
        XCTAssertNil(result.statistic("theta_min"), "a balanced panel has one theta")
    }

    func testSwamyAroraMatchesPlm() throws {
        try check(method: "swamy-arora", referenceID: "random_swar")
    }

    func testAmemiyaMatchesPlm() throws {
        try check(method: "amemiya", referenceID: "random_amemiya")
    }

    func testWallaceHussainMatchesPlm() throws {
        try check(method: "wallace-hussain", referenceID: "random_walhus")
    }

    /// The reference's `ssr` is the sum of squared residuals of the quasi-demeaned regression,
    /// reported through its residual standard error `sigma` = sqrt(SSR / df).
    func testQuasiDemeanedResidualSumOfSquaresMatchesPlm() throws {
        for (method, id) in [("swamy-arora", "random_swar"), ("amemiya", "random_amemiya"), ("wallace-hussain", "random_walhus")] {
            let ref = try Grunfeld.reference(id)
            let result = try Grunfeld.fit("re", options: ["method": method])
            let ssr = pow(result.statistic("sigma")!, 2) * result.statistic("df_residual")!
            assertClose(ssr, try ref["ssr"].number(), relative: Grunfeld.tolerance, method)
        }
    }
}
