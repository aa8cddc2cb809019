import GravityKit
import GravityTestKit
import XCTest

/// Small panels whose answers are worked out by hand, and the balanced closed forms.
final class HandWorkedPanelTests: XCTestCase {
    /// Three units: A in periods 1-3, B in periods 1 and 3 (a gap), C in periods 1-2.
    ///
    /// Within: A contributes sum x~y~ = 3 and sum x~^2 = 2, B 5 and 2, C 3 and 2, so b = 11/6;
    /// the residuals (1/6, 1/3, -1/2), (-2/3, 2/3), (1/3, -1/3) give SSR = 3/2 on 7 - 3 - 1 = 3
    /// degrees of freedom, so se(b) = sqrt(0.5 / 6); unit effects y_i - b x_i are 0, -2, -1/3.
    /// First differences: A gives (dx, dy) = (1, 2) and (1, 1), C gives (2, 3), B none (gap), so
    /// the slope is 1.5 with intercept 0 and residuals (0.5, -0.5, 0).
    private func smallPanel() throws -> Dataset {
        try Dataset([("unit", .text(["A", "A", "A", "B", "B", "C", "C"])), ("t", .numeric([1, 2, 3, 1, 3, 1, 2])),
                     ("x", .numeric([1, 2, 3, 2, 4, 0, 2])), ("y", .numeric([2, 4, 5, 1, 6, 0, 3]))])
    }

    private func fit(_ model: String, _ data: Dataset, formula: String = "y ~ x") throws -> EstimationResult {
        try EstimatorRegistry.standard().estimator(named: model)
            .fit(data, request: FitRequest(formula: try Formula(formula), panel: PanelSpecification(unit: "unit", time: "t")))
    }

    func testWithinEstimatesByHand() throws {
        let result = try fit("fe", try smallPanel())
        assertClose(result.estimates[0], 11.0 / 6, relative: 1e-13)
        assertClose(result.standardErrors[0], (0.5 / 6).squareRoot(), relative: 1e-13)
        assertClose(residualSumOfSquares(result), 1.5, relative: 1e-13)
        XCTAssertEqual(result.statistic("df_residual"), 3)
        let effects = try XCTUnwrap(PanelEffects(result))
        assertClose(effects.unit["A"]!, 0, relative: 0, absolute: 1e-13)
        assertClose(effects.unit["B"]!, -2, relative: 1e-13)
        assertClose(effects.unit["C"]!, -1.0 / 3, relative: 1e-13)
        // Fitted values include the unit effects: B in period 3 is -2 + 11/6 * 4.
        assertClose(result.fitted[4]!, -2 + 22.0 / 3, relative: 1e-13)
    }

    func testFirstDifferencesByHandSkipTheGap() throws {
        let result = try fit("fd", try smallPanel())
        XCTAssertEqual(result.nobs, 3)
        assertClose(result.coefficient("x")!.estimate, 1.5, relative: 1e-13)
        assertClose(result.coefficient("(Intercept)")!.estimate, 0, relative: 0, absolute: 1e-13)
        let residuals = result.residuals
        XCTAssertNil(residuals[0], "the first period has no difference")
        XCTAssertNil(residuals[4], "B's period 3 follows a gap")
        assertClose(residuals[1]!, 0.5, relative: 1e-12)
        assertClose(residuals[2]!, -0.5, relative: 1e-12)
        // One-step-ahead fitted levels: A in period 2 is y_A1 + 1.5 = 3.5, C in period 2 is 0 + 3.
        assertClose(result.fitted[1]!, 3.5, relative: 1e-13)
        assertClose(result.fitted[6]!, 3, relative: 1e-13)
    }

    /// On a balanced panel the two-way transformation is x - x_i - x_t + x: the fit equals least
    /// squares through the origin on variables transformed that way by hand.
    func testTwoWayEqualsTheBalancedClosedForm() throws {
        let data = try Grunfeld.data()
        let firm = try data.numeric("firm"), year = try data.numeric("year")
        func doublyDemeaned(_ name: String) throws -> [Double] {
            let x = try data.numeric(name)
            func means(_ keys: [Double]) -> [Double: Double] {
                Dictionary(grouping: x.indices, by: { keys[$0] }).mapValues { rows in rows.reduce(0) { $0 + x[$1] } / Double(rows.count) }
            }
            let byFirm = means(firm), byYear = means(year), overall = x.reduce(0, +) / Double(x.count)
            return x.indices.map { x[$0] - byFirm[firm[$0]]! - byYear[year[$0]]! + overall }
        }
        let transformed = try Dataset([("y", .numeric(try doublyDemeaned("inv"))), ("v", .numeric(try doublyDemeaned("value"))),
                                       ("c", .numeric(try doublyDemeaned("capital")))])
        let byHand = try OLSEstimator().fit(transformed, request: FitRequest(formula: try Formula("y ~ v + c - 1")))
        let within = try Grunfeld.fit("fe", options: ["effect": "twoways"])
        assertClose(within.estimates[0], byHand.estimates[0], relative: 1e-10)
        assertClose(within.estimates[1], byHand.estimates[1], relative: 1e-10)
        assertClose(residualSumOfSquares(within), residualSumOfSquares(byHand), relative: 1e-10)
    }
}
