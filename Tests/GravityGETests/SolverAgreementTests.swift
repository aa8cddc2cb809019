import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// The direct solver against GEPPML on the book's border removal: the conditional equilibria agree;
/// the full-endowment answers differ because the book's loop does not balance expenditure, which
/// the budget residuals show.
final class SolverAgreementTests: XCTestCase {
    func testConditionalAgreesAndFullDifferencesAreExplainedByBudgets() throws {
        let book = try BookBorderRemoval()
        let input = try book.input()
        let loop = try GECounterfactual.solve(input)
        var settings = GESettings()
        settings.method = .solver
        let solver = try GECounterfactual.solve(input, settings: settings)
        for i in input.countries.indices {
            assertClose(solver.conditional.outwardResistance[i], loop.conditional.outwardResistance[i], relative: 1e-8)
            assertClose(solver.conditional.inwardResistance[i], loop.conditional.inwardResistance[i], relative: 1e-8)
            assertClose(solver.conditionalChanges[i].exports, loop.conditionalChanges[i].exports, relative: 0, absolute: 1e-8)
        }
        let loopFull = try XCTUnwrap(loop.full), solverFull = try XCTUnwrap(solver.full)
        let priceGap = zip(try XCTUnwrap(loop.fullChanges), try XCTUnwrap(solver.fullChanges)).map { abs($0.price - $1.price) }.max()!
        let imrGap = zip(try XCTUnwrap(loop.fullChanges), try XCTUnwrap(solver.fullChanges)).map { abs($0.inwardResistance - $1.inwardResistance) }.max()!
        print("full endowment, converged loop vs solver: largest price gap \(priceGap) pp, inward resistance gap \(imrGap) pp; budget residuals loop \(loopFull.state.budgetResiduals.largest), solver \(solverFull.state.budgetResiduals.largest)")
        XCTAssertLessThan(solverFull.state.budgetResiduals.largest, 1e-10)
        XCTAssertGreaterThan(loopFull.state.budgetResiduals.largest, 0.01, "the book's loop misses expenditure budgets (reference: up to 5%)")
        XCTAssertLessThan(priceGap, 1, "the two closures differ by tenths of a percentage point, not more")
    }
}
