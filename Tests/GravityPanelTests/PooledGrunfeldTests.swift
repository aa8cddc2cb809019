import GravityKit
import GravityTestKit
import XCTest

/// The pooled OLS numbers of the panel reference that the panel tests build on (the restricted
/// model of the F test and the residuals of the LM tests), through the OLS plug-in and the
/// core's cluster sandwich: the classical table and fit statistics, HC1, and the cluster
/// covariances with the small-sample factor and without it, with p-values from t(n-k) as
/// `lmtest::coeftest` and from t(G-1) as Stata.
final class PooledGrunfeldTests: XCTestCase {
    private let terms = ["(Intercept)", "value", "capital"]

    private func fit(_ covariance: CovarianceSpecification) throws -> EstimationResult {
        try OLSEstimator().fit(try Grunfeld.data(), request: FitRequest(formula: try Formula(Grunfeld.formula), covariance: covariance))
    }

    /// The rows with p-values recomputed from t(`df`) (the reference's `p_df`).
    private func assertRobustTable(_ result: EstimationResult, _ ref: ReferenceJSON, pKey: String = "p", df: Double) throws {
        let t = StudentTDistribution(degreesOfFreedom: df)
        for term in terms {
            let row = try XCTUnwrap(result.coefficient(term))
            assertClose(row.stdError, try ref["se"][term].number(), relative: Grunfeld.tolerance, term)
            assertClose(row.statistic, try ref["t"][term].number(), relative: Grunfeld.tolerance, term)
            assertClose(t.twoSidedPValue(row.statistic), try ref[pKey][term].number(), relative: Grunfeld.tolerance, term)
        }
    }

    func testClassicalTableAndStatistics() throws {
        let ref = try Grunfeld.reference("pooled_ols")
        let result = try fit(.classical)
        try assertTable(result, ref, terms: terms)
        assertClose(result.statistic("r_squared")!, try ref["r2"].number(), relative: Grunfeld.tolerance)
        assertClose(result.statistic("adj_r_squared")!, try ref["adj_r2"].number(), relative: Grunfeld.tolerance)
        assertClose(result.statistic("sigma")!, try ref["residual_se"].number(), relative: Grunfeld.tolerance)
        assertClose(residualSumOfSquares(result), try ref["ssr"].number(), relative: Grunfeld.tolerance)
        XCTAssertEqual(result.nobs, Int(try ref["nobs"].number()))
        XCTAssertEqual(result.terms.count, Int(try ref["n_coef"].number()))
        XCTAssertEqual(result.statistic("df_residual"), try ref["df_residual"].number())
        let f = try XCTUnwrap(result.tests.first { $0.distribution == "F" })
        assertClose(f.statistic, try ref["f_statistic"]["value"].number(), relative: Grunfeld.tolerance)
        XCTAssertEqual(f.df, try ref["f_statistic"]["df1"].number())
        XCTAssertEqual(f.df2, try ref["f_statistic"]["df2"].number())
    }

    func testHC1() throws {
        let ref = try Grunfeld.reference("pooled_ols")["robust"]["HC1"]
        try assertRobustTable(try fit(.heteroskedastic(.hc1)), ref, df: try ref["p_df"].number())
    }

    func testClusterWithStataFactor() throws {
        let ref = try Grunfeld.reference("pooled_ols")["robust"]["cluster_id_HC1"]
        let result = try fit(.cluster(["firm"]))
        try assertRobustTable(result, ref, df: try ref["p_df"].number())
        try assertRobustTable(result, ref, pKey: "p_t_G_minus_1", df: try ref["n_clusters"].number() - 1)
        XCTAssertTrue(result.covarianceLabel.contains("\(Int(try ref["n_clusters"].number())) firm clusters"), result.covarianceLabel)
        let factor = ClusterConvention.plmSSS.factor(clusters: 10, observations: 200, coefficients: 3, absorbsConstant: false)
        assertClose(factor, try ref["correction_factor"].number(), relative: 1e-12)
    }

    /// The plain cluster sandwich: the core's building block with a factor of one.
    func testClusterWithoutAdjustment() throws {
        let ref = try Grunfeld.reference("pooled_ols")["robust"]["cluster_id_HC0_noadj"]
        let data = try Grunfeld.data()
        let frame = try ModelFrame(dataset: data, formula: try Formula(Grunfeld.formula), groupColumns: ["firm"], extraParts: .reject("test"))
        let fit = try LeastSquaresFit(response: frame.response, design: frame.design)
        let covariance = RobustCovariance.cluster(design: fit.design, residuals: fit.residuals, bread: fit.bread, clusters: [frame.groups["firm"]!]) { _ in 1 }
        let result = EstimationResult(model: "ols", formula: Grunfeld.formula, responseName: "inv", nobs: 200, covarianceLabel: "cluster HC0",
                                      terms: fit.terms, estimates: fit.coefficients, covariance: covariance, inference: .studentT(197))
        try assertRobustTable(result, ref, df: try ref["p_df"].number())
    }
}
