@testable import GravityFrontier
import GravityKit
import GravityTestKit
import XCTest

/// The pieces of the estimation that R's frontier reports separately: the grid search over gamma,
/// and the three efficiency estimators evaluated at frontier's own estimates (for every model of the
/// reference, including the bounded one where frontier stopped short of the maximum).
final class CoelliReferenceInternalsTests: XCTestCase {
    private static let terms = ["(Intercept)", "log(capital)", "log(labour)"]

    private func frame() throws -> ModelFrame {
        let data = try CSVReader.read(path: try SharedData.path("data/front41.csv"))
        return try ModelFrame(dataset: data, formula: try Formula("log(output) ~ log(capital) + log(labour)"), extraParts: .reject("test"))
    }

    func testGridSearchAsFrontier41() throws {
        let reference = try SharedData.reference("sfa_front41.json")["models"].element(withID: "front41_cs_halfnormal")["grid_search"]
        let frame = try frame()
        let ols = try OLSStart(response: frame.response, design: frame.design)
        let likelihood = TruncatedNormalLikelihood(response: frame.response, design: ols.fit.design, truncated: false)
        let grid = StartingValues.gridSearch(likelihood, ols: ols, exponential: false)
        for (j, name) in (Self.terms + ["sigmaSq", "gamma"]).enumerated() {
            assertClose(grid.parameters[j], try reference["coefficients"][name].number(), relative: 1e-6, name)
        }
        assertClose(grid.logLikelihood + frontier41LogLikelihoodOffset(observations: 60), try reference["loglik"].number(), relative: 0, absolute: 1e-6)
    }

    func testEfficienciesAtFrontiersEstimates() throws {
        let frame = try frame()
        for id in ["front41_cs_halfnormal", "front41_cs_truncnormal", "front41_cs_truncnormal_unbounded"] {
            let reference = try SharedData.reference("sfa_front41.json")["models"].element(withID: id)
            let truncated = id.contains("trunc")
            let likelihood = TruncatedNormalLikelihood(response: frame.response, design: frame.design.matrix, truncated: truncated)
            let names = Self.terms + ["sigmaSq", "gamma"] + (truncated ? ["mu"] : [])
            let parameters = try names.map { try reference["coefficients"][$0].number() }
            let conditional = likelihood.conditionalInefficiency(parameters)
            for (estimator, key) in [(EfficiencyEstimator.batteseCoelli, "technical_efficiency_bc88"), (.jlms, "technical_efficiency_jlms"),
                                     (.farrell, "technical_efficiency_farrell_minusU_false")] {
                let values = conditional.efficiencies(estimator)
                for (i, expected) in reference[key].array.enumerated() {
                    assertClose(values[i], try expected.number(), relative: 1e-9, "\(id) \(key) row \(i)")
                }
            }
            let mean = conditional.efficiencies(.batteseCoelli).reduce(0, +) / 60
            assertClose(mean, try reference["mean_efficiency"].number(), relative: 1e-9)
            assertClose(conditional.efficiencies(.jlms).reduce(0, +) / 60, try reference["mean_efficiency_jlms"].number(), relative: 1e-9)
            let residuals = likelihood.residuals(parameters)
            for (i, expected) in reference["residuals"].array.enumerated() {
                assertClose(residuals[i], try expected.number(), relative: 1e-9, absolute: 1e-12)
            }
            assertClose(likelihood.evaluate(parameters).value, try reference["loglik_exact_pi"].number(), relative: 0, absolute: 1e-8,
                        "\(id) exact-pi log-likelihood at frontier's estimates")
        }
    }
}
