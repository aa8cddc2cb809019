import GravityKit
import GravityTestKit
import XCTest

/// `fe` on the balanced Grunfeld panel against plm's within models (one-way and two-way), with
/// every cluster-robust convention of the reference.
final class FixedEffectsGrunfeldTests: XCTestCase {
    private let slopes = ["value", "capital"]

    /// The idiosyncratic variance, degrees of freedom, panel sizes and SSR that every within fit reports.
    private func assertWithinSummary(_ result: EstimationResult, _ ref: ReferenceJSON, file: StaticString = #filePath, line: UInt = #line) throws {
        assertClose(pow(result.statistic("sigma_e")!, 2), try ref["sigma2_idios"].number(), relative: Grunfeld.tolerance, file: file, line: line)
        XCTAssertEqual(result.statistic("df_residual"), try ref["df_residual"].number(), file: file, line: line)
        XCTAssertEqual(result.statistic("nobs"), try ref["nobs"].number(), file: file, line: line)
        XCTAssertEqual(result.statistic("n_units"), try ref["n_individuals"].number(), file: file, line: line)
        XCTAssertEqual(result.statistic("n_periods"), try ref["n_periods"].number(), file: file, line: line)
        let ssr = result.residuals.compactMap { $0 }.reduce(0) { $0 + $1 * $1 }
        assertClose(ssr, try ref["ssr"].number(), relative: Grunfeld.tolerance, file: file, line: line)
    }

    func testOneWayClassicalMatchesPlm() throws {
        let ref = try Grunfeld.reference("within_individual")
        let result = try Grunfeld.fit("fe")
        try assertTable(result, ref, terms: slopes)
        assertClose(result.statistic("r_squared")!, try ref["within_r2"].number(), relative: Grunfeld.tolerance)
        assertClose(result.statistic("r_squared_within")!, try ref["within_r2"].number(), relative: Grunfeld.tolerance)
        assertClose(result.statistic("adj_r_squared")!, try ref["within_adj_r2"].number(), relative: Grunfeld.tolerance)
        try assertWithinSummary(result, ref)
        XCTAssertEqual(result.inference, .studentT(188))
    }

    func testOneWayFTestAndUnitEffectsMatchPlm() throws {
        let ref = try Grunfeld.reference("within_individual")
        let result = try Grunfeld.fit("fe")
        try assertTest(result.tests.first { $0.name == "F test for individual effects" }, ref["F_test_effects_vs_pooling"], df: 9, df2: 188)
        let effects = try XCTUnwrap(PanelEffects(result))
        XCTAssertEqual(effects.unit.count, 10)
        XCTAssertTrue(effects.time.isEmpty)
        for firm in 1...10 {
            assertClose(try XCTUnwrap(effects.unit["\(firm)"]), try ref["fixef_level"]["values"]["\(firm)"].number(), relative: Grunfeld.tolerance, "firm \(firm)")
        }
    }

    func testTwoWayClassicalAndFTestsMatchPlm() throws {
        let ref = try Grunfeld.reference("within_twoways")
        let result = try Grunfeld.fit("fe", options: ["effect": "twoways"])
        try assertTable(result, ref, terms: slopes)
        assertClose(result.statistic("r_squared")!, try ref["within_r2"].number(), relative: Grunfeld.tolerance)
        assertClose(result.statistic("adj_r_squared")!, try ref["within_adj_r2"].number(), relative: Grunfeld.tolerance)
        try assertWithinSummary(result, ref)
        try assertTest(result.tests.first { $0.name == "F test for two-way effects" }, ref["F_test_effects_vs_pooling"], df: 28, df2: 169)
        try assertTest(result.tests.first { $0.name == "F test for individual effects given time effects" }, ref["F_test_individual_given_time"], df: 9, df2: 169)
    }

    /// plm's three arellano variants and Stata's xtreg convention, one-way and two-way.
    func testClusterConventionsMatchReference() throws {
        let conventions = [("plm", "arellano_HC1"), ("plm-hc0", "arellano_HC0"), ("plm-sss", "arellano_sss"), ("stata", "stata_xtreg_fe_style")]
        for (id, effect) in [("within_individual", "individual"), ("within_twoways", "twoways")] {
            for (convention, key) in conventions {
                let ref = try Grunfeld.reference(id)["robust"][key]
                let result = try Grunfeld.fit("fe", covariance: .cluster(["firm"]), options: ["effect": effect, "cluster_convention": convention])
                try assertTable(result, ref, terms: slopes, checkEstimates: false)
                XCTAssertEqual(result.inference, .studentT(try ref["p_df"].number()), "\(id) \(convention)")
                XCTAssertTrue(result.covarianceLabel.contains("10 firm clusters"), result.covarianceLabel)
            }
        }
    }

    func testStataConventionFactorIsTheReferenceFactor() throws {
        let factor = ClusterConvention.stata.factor(clusters: 10, observations: 200, coefficients: 2, absorbsConstant: true)
        for id in ["within_individual", "within_twoways"] {
            assertClose(factor, try Grunfeld.reference(id)["robust"]["stata_xtreg_fe_style"]["correction_factor"].number(), relative: 1e-12)
        }
    }
}
