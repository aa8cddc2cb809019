import GravityKit
import GravityTestKit
import XCTest

/// `event-study` against pyfixest 0.60 (`did_mpdta.json`, `twfe_event_study`: the seven event
/// dummies with reference period -1, `| countyreal + year`, CRV1 by county; its crosscheck with
/// `i(rel_i, ref=-1)` and never-treated coded -1 gives the same numbers).
final class EventStudyReferenceTests: XCTestCase {
    private let names = ["ev_m4": "-4", "ev_m3": "-3", "ev_m2": "-2", "ev_p0": "0", "ev_p1": "1", "ev_p2": "2", "ev_p3": "3"]

    func testEventStudyMatchesPyfixest() throws {
        let reference = try MinimumWage.reference()["models"]["twfe_event_study"]
        let result = try MinimumWage.fit("event-study", formula: "lemp ~ i(rel_time, ref = -1)")
        XCTAssertEqual(result.terms, ["rel_time::-4", "rel_time::-3", "rel_time::-2", "rel_time::0", "rel_time::1", "rel_time::2", "rel_time::3"])
        for (dummy, level) in names {
            let row = try XCTUnwrap(result.coefficient("rel_time::\(level)"))
            assertClose(row.estimate, try reference["coef"][dummy].number(), relative: 0, absolute: MinimumWage.estimateTolerance, dummy)
            assertClose(row.estimate, try reference["exact_dense_ols_coef"][dummy].number(), relative: 0, absolute: 1e-10, dummy)
            assertClose(row.stdError, try reference["se"]["CRV1_pyfixest_default_ssc"][dummy].number(), relative: MinimumWage.standardErrorTolerance, dummy)
        }
    }

    func testBinnedEndpointsAndInteraction() throws {
        let binned = try MinimumWage.fit("event-study", formula: "lemp ~ i(rel_time, ref = -1)", options: ["bin_min": "-3", "bin_max": "2"])
        XCTAssertEqual(binned.terms, ["rel_time::-3", "rel_time::-2", "rel_time::0", "rel_time::1", "rel_time::2"])
        XCTAssertTrue(binned.notes.contains { $0.hasPrefix("Event times outside -3 to 2 were binned") }, "\(binned.notes)")
        let interacted = try MinimumWage.fit("event-study", formula: "lemp ~ i(rel_time, lpop, ref = -1)")
        XCTAssertEqual(interacted.terms.first, "rel_time::-4:lpop")
        XCTAssertThrowsError(try MinimumWage.fit("event-study", formula: "lemp ~ lpop")) { XCTAssertTrue("\($0)".contains("i(rel_time, ref = -1)"), "\($0)") }
    }

    func testConformance() throws {
        try EstimatorConformance.check(StaggeredScenario.make(EventStudyEstimator(), formula: "y ~ i(rel, ref = -1) + x1", effect: "rel::0"))
    }
}
