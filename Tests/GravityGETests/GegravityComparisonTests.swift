import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// Our solver against gegravity 0.3's OneSectorGE on a generated 12-country panel with given
/// costs (References/make_gegravity_onesector.py writes the panel and gegravity's figures).
///
/// - Conditional GE: the same system (outputs and expenditures fixed, `P_DEU = 1`), so the
///   resistances agree to gegravity's root-solver tolerance.
/// - Full GE: the models differ. gegravity keeps the baseline output and expenditure shares in its
///   resistance equations, so its full-GE resistances are its conditional ones and its price is
///   `p_i = Pi_i / Pi'_i` (one step of the price update, outputs held at baseline shares); flows
///   built from that state miss their budgets. Ours lets outputs `p_i Y_i` and expenditures adjust
///   until every budget balances. Both facts are checked, and the gap is printed.
final class GegravityComparisonTests: XCTestCase {
    private func input() throws -> (GEInput, ReferenceJSON) {
        let panel = try GeneratedPanel()
        return (try panel.input(), panel.reference)
    }

    func testConditionalResistancesMatchGegravity() throws {
        let (input, reference) = try input()
        var settings = GESettings()
        settings.endowment = .conditional
        let outcome = try GECounterfactual.solve(input, settings: settings)
        for row in reference["countries"].array {
            let i = try XCTUnwrap(input.countries.firstIndex(of: try XCTUnwrap(row["country"].string)))
            let omr = 100 * (try row["conditional_omr"].number() / row["baseline_omr"].number() - 1)
            let imr = 100 * (try row["conditional_imr"].number() / row["baseline_imr"].number() - 1)
            // gegravity's hybrid root solver stops at xtol 1e-13 on values of order 1-100.
            assertClose(outcome.conditionalChanges[i].outwardResistance, omr, relative: 0, absolute: 1e-9, input.countries[i])
            assertClose(outcome.conditionalChanges[i].inwardResistance, imr, relative: 0, absolute: 1e-9, input.countries[i])
        }
    }

    func testGegravityFullGEIsOnePriceStepAtBaselineShares() throws {
        let (input, reference) = try input()
        var settings = GESettings()
        settings.method = .solver
        let outcome = try GECounterfactual.solve(input, settings: settings)
        let full = try XCTUnwrap(outcome.fullChanges)
        var priceGap = 0.0, welfareGap = 0.0
        for row in reference["countries"].array {
            let i = try XCTUnwrap(input.countries.firstIndex(of: try XCTUnwrap(row["country"].string)))
            assertClose(try row["experiment_omr"].number(), try row["conditional_omr"].number(), relative: 1e-10)
            assertClose(try row["experiment_imr"].number(), try row["conditional_imr"].number(), relative: 1e-10)
            // Its price and GDP from our conditional resistances: p = Pi / Pi', GDP = p * P / P'.
            let pi = 1 + outcome.conditionalChanges[i].outwardResistance / 100, p = 1 + outcome.conditionalChanges[i].inwardResistance / 100
            assertClose(try row["factory_gate_price_change_pct"].number(), 100 * (1 / pi - 1), relative: 0, absolute: 1e-9, input.countries[i])
            assertClose(try row["gdp_change_pct"].number(), 100 * (1 / (pi * p) - 1), relative: 0, absolute: 1e-9, input.countries[i])
            priceGap = max(priceGap, abs(full[i].price - (try row["factory_gate_price_change_pct"].number())))
            welfareGap = max(welfareGap, abs(full[i].realGDP - (try row["gdp_change_pct"].number())))
        }
        let residual = try gegravityBudgetResidual(outcome, reference)
        print("gegravity full GE vs ours: largest price gap \(priceGap) pp, real GDP gap \(welfareGap) pp; gegravity's flows miss output budgets by up to \(residual), ours by \(try XCTUnwrap(outcome.full).state.budgetResiduals.largest)")
        XCTAssertGreaterThan(residual, 1e-4, "gegravity's full GE holds output shares at baseline, so its budgets do not balance")
        XCTAssertLessThan(try XCTUnwrap(outcome.full).state.budgetResiduals.largest, 1e-10)
    }

    /// The largest relative gap between gegravity's full-GE outputs `p_i Y_i` and the row sums of
    /// the flows its resistances and expenditures `phi_j p_j Y_j` imply,
    /// `X'_ij = (Y'_i / Y') E'_j t'_ij / (Pi'_i P'_j)^(1-sigma)`.
    private func gegravityBudgetResidual(_ outcome: GEOutcome, _ reference: ReferenceJSON) throws -> Double {
        let (input, _) = try input()
        let n = input.countries.count, power = 1 - input.sigma
        let rows = try input.countries.map { c in try XCTUnwrap(reference["countries"].array.first { $0["country"].string == c }) }
        let price = try rows.map { 1 + (try $0["factory_gate_price_change_pct"].number()) / 100 }
        let output = zip(price, input.output).map { $0 * $1 }
        let expenditure = (0..<n).map { input.expenditure[$0] / input.output[$0] * output[$0] }
        let world = output.reduce(0, +)
        var worst = 0.0
        for i in 0..<n {
            var sales = 0.0
            for j in 0..<n {
                let resistances = pow(try rows[i]["experiment_omr"].number() * (try rows[j]["experiment_imr"].number()), power)
                sales += output[i] / world * expenditure[j] * input.counterfactualCosts[i, j] / resistances
            }
            worst = max(worst, abs(sales / output[i] - 1))
        }
        return worst
    }
}
