import GravityKit
import GravityTestKit
import XCTest

/// `did2s` against pyfixest 0.60's did2s (`did_mpdta.json`, `did2s_static` and
/// `did2s_event_study`: first stage `~ 0 | countyreal + year` at `fixef_rm="none"`, second stage
/// on D or the seven event dummies, two-stage GMM SEs clustered by county, R did2s convention;
/// crosschecked by hand in the file).
final class TwoStageReferenceTests: XCTestCase {
    func testStaticMatchesPyfixest() throws {
        let reference = try MinimumWage.reference()["models"]["did2s_static"]
        let att = try XCTUnwrap(try MinimumWage.fit("did2s").coefficient("ATT"))
        assertClose(att.estimate, try reference["coef"]["D"].number(), relative: 0, absolute: MinimumWage.estimateTolerance)
        assertClose(att.stdError, try reference["se"]["did2s_gmm_cluster"]["D"].number(), relative: MinimumWage.standardErrorTolerance)
    }

    func testEventStudyMatchesPyfixest() throws {
        let reference = try MinimumWage.reference()["models"]["did2s_event_study"]
        let result = try MinimumWage.fit("did2s", options: ["dynamic": "true"])
        let names = ["ev_m4": "-4", "ev_m3": "-3", "ev_m2": "-2", "ev_p0": "0", "ev_p1": "1", "ev_p2": "2", "ev_p3": "3"]
        XCTAssertEqual(result.terms.count, names.count)
        for (dummy, e) in names {
            let row = try XCTUnwrap(result.coefficient("event::\(e)"), dummy)
            assertClose(row.estimate, try reference["coef"][dummy].number(), relative: 0, absolute: MinimumWage.estimateTolerance, dummy)
            assertClose(row.stdError, try reference["se"]["did2s_gmm_cluster"][dummy].number(), relative: MinimumWage.standardErrorTolerance, dummy)
        }
    }

    func testConformance() throws {
        var scenario = StaggeredScenario.make(TwoStageDiD(), formula: "y ~ x1", effect: "ATT")
        scenario.trueCoefficients.removeValue(forKey: "x1")
        try EstimatorConformance.check(scenario)
    }
}

/// `did2s` with a time-varying covariate in the first stage against pyfixest 0.60 on a small
/// simulated panel (`References/make_did2s_covariate.py` writes the panel and the values).
final class TwoStageCovariateReferenceTests: XCTestCase {
    func testCovariateInTheFirstStageMatchesPyfixest() throws {
        let data = try DataReader.read(path: SharedData.repositoryPath("Tests/GravityDiDTests/References/did2s_covariate_panel.csv"))
        let reference = try SharedData.repositoryReference("Tests/GravityDiDTests/References/did2s_covariate.json")
        let request = FitRequest(formula: try Formula("y ~ x"), panel: PanelSpecification(unit: "unit", time: "t"), options: ["cohort": "g"])
        let att = try XCTUnwrap(try TwoStageDiD().fit(data, request: request).coefficient("ATT"))
        assertClose(att.estimate, try reference["coef"]["D"].number(), relative: 0, absolute: 1e-7)
        assertClose(att.stdError, try reference["se"]["D"].number(), relative: 1e-6)
    }
}
