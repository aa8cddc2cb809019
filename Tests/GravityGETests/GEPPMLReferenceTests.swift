import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// GEPPML against `../shared/reference/ge_border_removal.json` at the tolerances it states.
final class GEPPMLReferenceTests: XCTestCase {
    func testBaselineAndConditionalLevels() throws {
        let book = try BookBorderRemoval()
        var settings = GESettings()
        settings.endowment = .conditional
        let outcome = try GECounterfactual.solve(try book.input(), settings: settings)
        for (i, label) in outcome.countries.enumerated() {
            let ref = book.country(label)
            assertClose(outcome.baseline.outwardResistance[i], try ref["baseline"]["OMR_BLN"].number(), relative: 1e-8, "\(label) OMR_BLN")
            assertClose(outcome.baseline.inwardResistance[i], try ref["baseline"]["IMR_BLN"].number(), relative: 1e-8, "\(label) IMR_BLN")
            assertClose(outcome.baseline.exports[i], try ref["baseline"]["Xi_BLN"].number(), relative: 1e-8, "\(label) Xi_BLN")
            assertClose(outcome.conditional.outwardResistance[i], try ref["conditional"]["OMR_CDL"].number(), relative: 1e-8, "\(label) OMR_CDL")
            assertClose(outcome.conditional.inwardResistance[i], try ref["conditional"]["IMR_CDL"].number(), relative: 1e-8, "\(label) IMR_CDL")
            assertClose(outcome.conditional.exports[i], try ref["conditional"]["Xi_CDL"].number(), relative: 1e-8, "\(label) Xi_CDL")
            let change = outcome.conditionalChanges[i]
            assertClose(change.exports, try ref["conditional"]["change_Xi_CDL"].number(), relative: 0, absolute: 1e-6, "\(label) exports")
            assertClose(change.outwardResistance, try ref["conditional"]["change_OMR_CDL"].number(), relative: 0, absolute: 1e-6, "\(label) OMR")
            assertClose(change.inwardResistance, try ref["conditional"]["change_IMR_CDL"].number(), relative: 0, absolute: 1e-6, "\(label) IMR")
        }
    }

    func testFullEndowmentBookRule() throws {
        try checkFull(stop: .book, block: "full_book_rule", absolute: 1e-5, relative: 1e-7, iterations: 5)
    }

    func testFullEndowmentConverged() throws {
        try checkFull(stop: .standard, block: "full_converged", absolute: 1e-6, relative: 1e-7, iterations: 93)
    }

    private func checkFull(stop: StoppingRule, block: String, absolute: Double, relative: Double, iterations: Int) throws {
        let book = try BookBorderRemoval()
        var settings = GESettings()
        settings.stop = stop
        let outcome = try GECounterfactual.solve(try book.input(), settings: settings)
        let full = try XCTUnwrap(outcome.full), changes = try XCTUnwrap(outcome.fullChanges)
        XCTAssertEqual(full.iterations, iterations)
        XCTAssertEqual(full.converged, stop != .book)
        for (i, label) in outcome.countries.enumerated() {
            let ref = book.country(label)[block]
            assertClose(full.priceChange[i], try ref["p_hat"].number(), relative: relative, "\(label) p_hat")
            assertClose(full.state.outwardResistance[i], try ref["OMR_FULL"].number(), relative: relative, "\(label) OMR_FULL")
            assertClose(full.state.inwardResistance[i], try ref["IMR_FULL"].number(), relative: relative, "\(label) IMR_FULL")
            assertClose(full.state.exports[i], try ref["Xi_FULL"].number(), relative: relative, "\(label) Xi_FULL")
            let change = changes[i]
            assertClose(change.exports, try ref["change_Xi_FULL"].number(), relative: 0, absolute: absolute, "\(label) exports")
            assertClose(change.price, try ref["change_price_FULL"].number(), relative: 0, absolute: absolute, "\(label) price")
            assertClose(change.outwardResistance, try ref["change_OMR_FULL"].number(), relative: 0, absolute: absolute, "\(label) OMR")
            assertClose(change.inwardResistance, try ref["change_IMR_FULL"].number(), relative: 0, absolute: absolute, "\(label) IMR")
            assertClose(change.realGDP, try ref["change_rGDP_FULL"].number(), relative: 0, absolute: absolute, "\(label) real GDP")
        }
    }
}
