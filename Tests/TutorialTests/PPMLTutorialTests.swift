import GravityKit
import GravityTestKit
import TutorialPPML
import XCTest

/// The tutorial's PPML plug-in: the conformance kit, and the book's structural-gravity PPML
/// (`../shared/reference/ppml_small.json`: trade ~ ln_DIST + CNTG + INTL_BRDR with exporter and
/// importer fixed effects, 2006 cross-section of agtpa/Chapter2Application1), fixed effects
/// entered here as factor() dummies.
final class PPMLTutorialTests: XCTestCase {
    func testConformance() throws {
        let scenario = ConformanceScenario(estimator: PoissonPseudoMaximumLikelihood(), formula: "y ~ x1 + x2",
                                           trueCoefficients: ["(Intercept)": 0.5, "x1": 0.8, "x2": -0.3]) { rng in
            let n = 2_000
            let x1 = (0..<n).map { _ in rng.normal(sd: 0.5) }, x2 = (0..<n).map { _ in rng.uniform() * 2 }
            let y = (0..<n).map { i -> Double in
                let mean = Foundation.exp(0.5 + 0.8 * x1[i] - 0.3 * x2[i])
                return mean * Foundation.exp(rng.normal(sd: 0.3) - 0.045)
            }
            return try! Dataset([("y", .numeric(y)), ("x1", .numeric(x1)), ("x2", .numeric(x2))])
        }
        try EstimatorConformance.check(scenario)
    }

    private func bookData() throws -> Dataset {
        let all = try DataReader.read(path: try SharedData.path("data/agtpa/Chapter2Application1.csv"))
        let year = try all.numeric("year")
        var data = all.filter { year[$0] == 2006 }
        let exporter = try data.column("exporter"), importer = try data.column("importer")
        let border = (0..<data.rowCount).map { exporter.text(at: $0) == importer.text(at: $0) ? 0.0 : 1.0 }
        try data.addColumn("INTL_BRDR", .numeric(border))
        return data
    }

    /// Coefficients to 1e-6 absolute (the reference's suggested tolerance; IRLS converged to 1e-10)
    /// and standard errors to 1e-4 relative.
    func testStructuralGravityPPMLMatchesTheReference() throws {
        let reference = try SharedData.reference("ppml_small.json")
        let data = try bookData()
        XCTAssertEqual(data.rowCount, 4761)
        let formula = try Formula("trade ~ log(DIST) + CNTG + INTL_BRDR + factor(exporter) + factor(importer)")
        let ppml = PoissonPseudoMaximumLikelihood()
        let names = ["log(DIST)": "ln_DIST", "CNTG": "CNTG", "INTL_BRDR": "INTL_BRDR"]
        let robust = try ppml.fit(data, request: FitRequest(formula: formula, covariance: .heteroskedastic(.hc1)))
        let plain = try ppml.fit(data, request: FitRequest(formula: formula, covariance: .heteroskedastic(.hc0)))
        let clustered = try ppml.fit(data, request: FitRequest(formula: formula, covariance: .cluster(["pair_id"])))
        for (term, key) in names {
            assertClose(robust.coefficient(term)!.estimate, try reference["coef"][key].number(), relative: 0, absolute: 1e-6, term)
            assertClose(robust.coefficient(term)!.stdError, try reference["se_robust"][key].number(), relative: 1e-4, term)
            assertClose(plain.coefficient(term)!.stdError, try reference["se_alternatives"]["hc0_no_adjustment"][key].number(), relative: 1e-4, term)
            assertClose(clustered.coefficient(term)!.stdError, try reference["se_alternatives"]["cluster_pair_id_G_over_G_minus_1"][key].number(), relative: 1e-4, term)
        }
        assertClose(robust.statistic("deviance")!, try reference["deviance"].number(), relative: 1e-8)
        assertClose(robust.statistic("pseudo_log_likelihood")!, try reference["loglik"].number(), relative: 1e-8)
        XCTAssertEqual(robust.nobs, 4761)
    }
}
