import GravityKit
import GravityTestKit
import XCTest

/// `twfe-did` against pyfixest 0.60 on the minimum-wage panel (`did_mpdta.json`, `twfe_static`:
/// `pf.feols("lemp ~ D | countyreal + year", vcov={"CRV1": "countyreal"})`, fixest's default
/// small-sample factor).
final class TwoWayFixedEffectsReferenceTests: XCTestCase {
    func testStaticTWFEMatchesPyfixest() throws {
        let reference = try MinimumWage.reference()["models"]["twfe_static"]
        let result = try MinimumWage.fit("twfe-did")
        let att = try XCTUnwrap(result.coefficient("ATT"))
        assertClose(att.estimate, try reference["coef"]["D"].number(), relative: 0, absolute: MinimumWage.estimateTolerance)
        assertClose(att.estimate, try reference["exact_dense_ols_coef"]["D"].number(), relative: 0, absolute: 1e-10)
        assertClose(att.stdError, try reference["se"]["CRV1_pyfixest_default_ssc"]["D"].number(), relative: MinimumWage.standardErrorTolerance)
        assertClose(try XCTUnwrap(result.statistic("r2_within")), try reference["r2_within"].number(), relative: 1e-8)
        XCTAssertEqual(result.nobs, 2500)
        XCTAssertEqual(result.statistic("clusters"), 500)
    }

    func testConformance() throws {
        try EstimatorConformance.check(StaggeredScenario.make(TwoWayFixedEffectsDiD(), formula: "y ~ x1", effect: "ATT"))
    }
}
