import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// GEPPML with the registry's `ppml`: the baseline coefficients against the reference, and the
/// conditional equilibrium from PPML steps against the direct solver.
final class PPMLThroughRegistryTests: XCTestCase {
    private func registryWithPPML() throws -> EstimatorRegistry {
        let registry = EstimatorRegistry.standard()
        guard (try? registry.estimator(named: "ppml")) != nil else {
            let reason = "skipped: no `ppml` estimator is registered"
            print(reason)
            throw XCTSkip(reason)
        }
        return registry
    }

    func testBaselineCoefficientsMatchTheReference() throws {
        let registry = try registryWithPPML()
        let book = try BookBorderRemoval()
        var spec = GEDataSpecification(exporter: "exporter", importer: "importer", trade: "trade",
                                       costs: .estimated(terms: "ln_DIST + CNTG + INTL_BRDR", scenario: [try ScenarioChange(parsing: "INTL_BRDR=0")]))
        spec.reference = "ZZZ"
        spec.estimatorOptions = ["tolerance": "1e-14"]
        let prepared = try PreparedCounterfactual(book.data, specification: spec, registry: registry)
        let model = try XCTUnwrap(prepared.costModel)
        for (term, expected) in zip(model.terms, book.coefficients) {
            assertClose(model.coefficients[model.terms.firstIndex(of: term)!], expected, relative: 0, absolute: 1e-8, term)
        }
        let outcome = try GECounterfactual.solve(prepared.input, settings: { var s = GESettings(); s.endowment = .conditional; return s }())
        for (i, label) in outcome.countries.enumerated() {
            assertClose(outcome.baseline.outwardResistance[i], try book.country(label)["baseline"]["OMR_BLN"].number(), relative: 1e-8, label)
        }
    }

    func testConditionalFromPPMLStepsAgreesWithTheSolver() throws {
        let registry = try registryWithPPML()
        let input = try BookBorderRemoval().input()
        var geppml = GESettings()
        geppml.endowment = .conditional
        geppml.fitter = try RegistryPoissonEffects(registry: registry, options: ["tolerance": "1e-14", "fixef_tol": "1e-12"])
        let viaPPML = try GECounterfactual.solve(input, settings: geppml)
        var direct = GESettings()
        direct.method = .solver
        direct.endowment = .conditional
        let solved = try GECounterfactual.solve(input, settings: direct)
        for i in input.countries.indices {
            assertClose(viaPPML.conditional.outwardResistance[i], solved.conditional.outwardResistance[i], relative: 1e-8, input.countries[i])
            assertClose(viaPPML.conditional.inwardResistance[i], solved.conditional.inwardResistance[i], relative: 1e-8, input.countries[i])
            assertClose(viaPPML.conditionalChanges[i].exports, solved.conditionalChanges[i].exports, relative: 0, absolute: 1e-8, input.countries[i])
        }
    }
}
