import GravityKit
import GravityTestKit
import XCTest

/// Gamma and Gaussian pseudo-maximum likelihood (log link) against statsmodels' GLM
/// (References/make_family_references.py wrote References/family_references.json): coefficients
/// 1e-6, model-based (Pearson dispersion) standard errors 1e-4, deviance 1e-8; HC0 standard errors
/// 1e-4 against the sandwich with the expected information that IRLS with fixed effects uses
/// (statsmodels' own HC0 takes the observed information, which differs for these non-canonical
/// links: a documented convention, not a bug).
final class PPMLFamilyTests: XCTestCase {
    func testGammaAndGaussianMatchStatsmodels() throws {
        let references = try ReferenceJSON(repositoryFile: "Tests/GravityPPMLTests/References/family_references.json")
        var data = try DataReader.read(path: try SharedData.path("data/fixest_trade.csv"))
        let year = try data.numeric("Year")
        data = data.filter { year[$0] == 2016 }
        for family in ["gamma", "gaussian"] {
            let reference = references["specifications"][family]
            let formula = try Formula("I(Euros / 1e6) ~ log(dist_km)")
            let options = ["family": family, "tolerance": "1e-12"]
            let classical = try PPMLEstimator().fit(data, request: FitRequest(formula: formula, options: options))
            let robust = try PPMLEstimator().fit(data, request: FitRequest(formula: formula, covariance: .heteroskedastic(.hc0), options: options))
            XCTAssertEqual(classical.nobs, Int(try reference["nobs"].number()))
            for (term, key) in [("(Intercept)", "const"), ("log(dist_km)", "log(dist_km)")] {
                assertClose(classical.coefficient(term)!.estimate, try reference["coef"][key].number(), relative: 1e-6, "\(family) \(term)")
                assertClose(classical.coefficient(term)!.stdError, try reference["se_classical"][key].number(), relative: 1e-4, "\(family) classical \(term)")
                assertClose(robust.coefficient(term)!.stdError, try reference["se_hc0_expected_information"][key].number(), relative: 1e-4, "\(family) HC0 \(term)")
            }
            assertClose(classical.statistic("deviance")!, try reference["deviance"].number(), relative: 1e-8, "\(family) deviance")
        }
    }
}
