import Foundation
@testable import GravityGE
import GravityKit
import GravityTestKit
import XCTest

/// The estimated-costs path (cost terms evaluated on the data, the scenario applied, costs rebuilt
/// from coefficients) and the bootstrap, with the baseline coefficients fixed at the reference's.
final class EstimatedCostsAndBootstrapTests: XCTestCase {
    private func specification(_ estimator: FixedCoefficientsEstimator) throws -> GEDataSpecification {
        var spec = GEDataSpecification(exporter: "exporter", importer: "importer", trade: "trade",
                                       costs: .estimated(terms: "log(DIST) + CNTG + INTL_BRDR", scenario: [try ScenarioChange(parsing: "INTL_BRDR=0")]))
        spec.estimator = estimator.descriptor.name
        spec.reference = "ZZZ"
        return spec
    }

    func testScenarioOnEstimatedCostsReproducesTheReference() throws {
        let book = try BookBorderRemoval()
        let stub = FixedCoefficientsEstimator(coefficients: book.coefficients, covariance: Matrix.identity(3))
        var settings = GESettings()
        settings.endowment = .conditional
        let analysis = try GEAnalysis(book.data, specification: try specification(stub), settings: settings, registry: stub.registry)
        for (i, label) in analysis.outcome.countries.enumerated() {
            let ref = book.country(label)["conditional"]
            assertClose(analysis.outcome.conditionalChanges[i].exports, try ref["change_Xi_CDL"].number(), relative: 0, absolute: 1e-6, label)
            assertClose(analysis.outcome.conditionalChanges[i].inwardResistance, try ref["change_IMR_CDL"].number(), relative: 0, absolute: 1e-6, label)
        }
    }

    func testBootstrapIsSeededCountsFailuresAndBracketsTheEstimate() throws {
        let book = try BookBorderRemoval()
        // Small spread: every draw solves, intervals bracket the point estimates, the seed fixes them.
        let tight = FixedCoefficientsEstimator(coefficients: book.coefficients, covariance: Matrix.diagonal([1e-4, 1e-3, 1e-3]))
        var settings = GESettings()
        settings.method = .solver
        let first = try GEAnalysis(book.data, specification: try specification(tight), settings: settings, registry: tight.registry, bootstrap: 8, seed: 7)
        let again = try GEAnalysis(book.data, specification: try specification(tight), settings: settings, registry: tight.registry, bootstrap: 8, seed: 7)
        let bootstrap = try XCTUnwrap(first.bootstrap)
        XCTAssertEqual(bootstrap.failed, 0)
        XCTAssertEqual(bootstrap.full!, again.bootstrap!.full!)
        for i in first.outcome.countries.indices {
            let welfare = first.outcome.fullChanges![i].realGDP, interval = bootstrap.full![i][6]
            XCTAssertTrue(interval.lowerBound < welfare && welfare < interval.upperBound, "\(first.outcome.countries[i]): \(welfare) outside \(interval)")
        }
        // A distance coefficient with standard deviation 80 overflows exp() in about a third of the draws: counted, not dropped silently.
        let wild = FixedCoefficientsEstimator(coefficients: book.coefficients, covariance: Matrix.diagonal([6400, 1e-3, 1e-3]))
        settings.endowment = .conditional
        let noisy = try GEAnalysis(book.data, specification: try specification(wild), settings: settings, registry: wild.registry, bootstrap: 16, seed: 7)
        let failed = try XCTUnwrap(noisy.bootstrap).failed
        XCTAssertTrue(failed > 0 && failed < 16, "failed draws: \(failed)")
        XCTAssertTrue(noisy.outcome.notes.contains { $0.english.contains("\(failed) of 16 bootstrap draws failed") })
        let json = GEReport.render(noisy, format: .json)
        XCTAssertTrue(json.contains("\"failed\": \(failed)"), json)
    }

    func testPercentilesFollowTheLinearRule() {
        // numpy.percentile([1, 2, 4, 8, 16], [2.5, 97.5]) (default "linear" method) = [1.1, 15.2]
        XCTAssertEqual(GEBootstrap.percentile([1, 2, 4, 8, 16], 0.025), 1.1, accuracy: 1e-12)
        XCTAssertEqual(GEBootstrap.percentile([1, 2, 4, 8, 16], 0.975), 15.2, accuracy: 1e-12)
    }
}
