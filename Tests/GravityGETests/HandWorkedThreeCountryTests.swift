import Foundation
import GravityKit
import GravityTestKit
import XCTest

/// Three identical countries (output = expenditure = 1) with t^(1-sigma) = 1 at home and 0.5
/// abroad, sigma = 5; the counterfactual lowers foreign costs to 0.8. Solved on paper:
/// - baseline: IMR = 1 (symmetry and the normalisation), OMR = 1 + 2 * 0.5 = 2, exports 2 * 0.5 / 2 = 0.5;
/// - conditional: OMR' = 1 + 2 * 0.8 = 2.6, IMR' = 1, exports 1.6 / 2.6, so exports rise by
///   100 * (1.6 / 2.6 / 0.5 - 1) = 23.0769...% and Pi changes by 100 * (1.3^(-1/4) - 1);
/// - full endowment: outputs and expenditures scale by p, so OMR' = 2.6 p and IMR' = 1; the
///   price condition p^sigma = OMR' / OMR gives p^4 = 1.3, p = 1.3^(1/4); real GDP = p Y / P
///   rises by the same 100 * (1.3^(1/4) - 1) (= the domestic-share formula (0.5 / (1 / 2.6))^(1/(sigma-1)));
///   exports p * 1.6 / 2.6 and Pi changes by 100 * ((1.3 p)^(-1/4) - 1).
final class HandWorkedThreeCountryTests: XCTestCase {
    private func input() throws -> GEInput {
        func costs(_ foreign: Double) -> BilateralMatrix {
            BilateralMatrix(count: 3, values: (0..<9).map { $0 % 4 == 0 ? 1 : foreign })
        }
        let base = costs(0.5)
        let trade = BilateralMatrix(count: 3, values: base.values.map { $0 / 2 })
        return try GEInput(countries: ["A", "B", "C"], trade: trade, baselineCosts: base, counterfactualCosts: costs(0.8), sigma: 5, reference: 0)
    }

    func testBothMethodsGiveThePaperSolution() throws {
        let p = pow(1.3, 0.25)
        for method in GEMethod.allCases {
            var settings = GESettings()
            settings.method = method
            let outcome = try GECounterfactual.solve(try input(), settings: settings)
            let full = try XCTUnwrap(outcome.fullChanges)
            for i in 0..<3 {
                assertClose(outcome.baseline.outwardResistance[i], 2, relative: 1e-13)
                assertClose(outcome.baseline.exports[i], 0.5, relative: 1e-13)
                assertClose(outcome.conditional.outwardResistance[i], 2.6, relative: 1e-13)
                assertClose(outcome.conditionalChanges[i].exports, 100 * (1.6 / 2.6 / 0.5 - 1), relative: 1e-12)
                assertClose(outcome.conditionalChanges[i].outwardResistance, 100 * (pow(1.3, -0.25) - 1), relative: 1e-12)
                assertClose(outcome.conditionalChanges[i].inwardResistance, 0, relative: 0, absolute: 1e-12)
                assertClose(full[i].price, 100 * (p - 1), relative: 1e-10, "\(method)")
                assertClose(full[i].realGDP, 100 * (p - 1), relative: 1e-10, "\(method)")
                assertClose(full[i].exports, 100 * (p * 1.6 / 2.6 / 0.5 - 1), relative: 1e-10, "\(method)")
                assertClose(full[i].outwardResistance, 100 * (pow(1.3 * p, -0.25) - 1), relative: 1e-10, "\(method)")
                assertClose(full[i].inwardResistance, 0, relative: 0, absolute: 1e-10)
            }
            XCTAssertLessThan(try XCTUnwrap(outcome.full).state.budgetResiduals.largest, 1e-12)
        }
    }
}
