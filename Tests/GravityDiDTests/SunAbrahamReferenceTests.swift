import GravityKit
import GravityTestKit
import XCTest

/// `sun-abraham` against pyfixest 0.60 (`did_mpdta.json`, `sun_abraham`: the saturated
/// cohort-by-relative-period regression `| countyreal + year` with CRV1 by county, aggregated by
/// hand with cohort-share weights; delta-method SEs with weights fixed, crosschecked against
/// pyfixest's own aggregation to 1e-17).
final class SunAbrahamReferenceTests: XCTestCase {
    func testInteractionWeightedEffectsMatchPyfixest() throws {
        let reference = try MinimumWage.reference()["models"]["sun_abraham"]
        let result = try MinimumWage.fit("sun-abraham")
        let att = try XCTUnwrap(result.coefficient("ATT"))
        assertClose(att.estimate, try reference["att_overall"]["estimate"].number(), relative: 0, absolute: MinimumWage.estimateTolerance)
        assertClose(att.stdError, try reference["att_overall"]["se"].number(), relative: MinimumWage.standardErrorTolerance)
        let periods = reference["iw_by_relative_period"]
        XCTAssertEqual(result.terms.count, 1 + periods.keys.count)
        for key in periods.keys {
            let row = try XCTUnwrap(result.coefficient("event::\(key)"), key)
            assertClose(row.estimate, try periods[key]["estimate"].number(), relative: 0, absolute: MinimumWage.estimateTolerance, key)
            assertClose(row.stdError, try periods[key]["se"].number(), relative: MinimumWage.standardErrorTolerance, key)
        }
        guard case .array(let cells)? = section(result, "cohort_effects") else { return XCTFail("no cohort_effects") }
        XCTAssertEqual(cells.count, 12)
        for cell in cells {
            let e = Int(value(cell["event_time"]))
            let key = "sa_g\(Int(value(cell["cohort"])))_ev_\(e < 0 ? "m" : "p")\(abs(e))"
            assertClose(value(cell["estimate"]), try reference["cohort_specific"][key]["coef"].number(), relative: 0, absolute: MinimumWage.estimateTolerance, key)
            assertClose(value(cell["std_error"]), try reference["cohort_specific"][key]["se"].number(), relative: MinimumWage.standardErrorTolerance, key)
        }
    }

    func testLastCohortServesAsControlWithoutNeverTreated() throws {
        let data = try MinimumWage.data()
        let firstTreat = try data.numeric("first.treat")
        let treatedOnly = data.filter { firstTreat[$0] > 0 }
        let request = FitRequest(formula: try Formula("lemp ~ 1"), panel: MinimumWage.panel, options: ["cohort": "first.treat"])
        let result = try SunAbrahamEstimator().fit(treatedOnly, request: request)
        XCTAssertTrue(result.notes.contains { $0.hasPrefix("No unit is never treated: cohort 2007 is the control") }, "\(result.notes)")
        XCTAssertEqual(result.nobs, 60 * 4 + 131 * 4)
    }

    func testConformance() throws {
        try EstimatorConformance.check(StaggeredScenario.make(SunAbrahamEstimator(), formula: "y ~ x1", effect: "ATT"))
    }
}
