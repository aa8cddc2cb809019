import GravityKit
import GravityTestKit
import XCTest

/// The Hausman test when the covariance difference is not positive definite, on results built
/// by hand: the generalised inverse and its rank are used, as Stata's `hausman`, and the note
/// says so.
final class HausmanEdgeCaseTests: XCTestCase {
    private func result(_ model: String, estimates: [Double], variances: [Double]) -> EstimationResult {
        EstimationResult(model: model, formula: "y ~ a + b", responseName: "y", nobs: 100, covarianceLabel: "classical",
                         terms: ["a", "b"], estimates: estimates, covariance: Matrix.diagonal(variances), inference: .normal)
    }

    /// V_fe - V_re = diag(1, 0): rank 1, so H = (0.5)^2 / 1 on one degree of freedom.
    func testSingularDifferenceUsesTheGeneralisedInverseAndItsRank() throws {
        let test = try PanelTests.hausman(consistent: result("fe", estimates: [1.5, 2], variances: [2, 1]),
                                          efficient: result("re", estimates: [1, 3], variances: [1, 1]))
        assertClose(test.statistic, 0.25, relative: 1e-12)
        XCTAssertEqual(test.df, 1)
        assertClose(test.pValue, ChiSquaredDistribution(degreesOfFreedom: 1).sf(0.25), relative: 1e-12)
        XCTAssertTrue(test.note!.contains("is not positive definite; the statistic uses its generalised inverse with df = its rank (1)"), test.note!)
    }

    /// V_fe - V_re = diag(1, -1): invertible but indefinite; H = 1 - 4 < 0 is reported with no
    /// p-value and the warning Stata gives.
    func testNegativeStatisticIsReportedWithAWarning() throws {
        let test = try PanelTests.hausman(consistent: result("fe", estimates: [1, 2], variances: [2, 1]),
                                          efficient: result("re", estimates: [0, 0], variances: [1, 2]))
        assertClose(test.statistic, -3, relative: 1e-12)
        XCTAssertEqual(test.df, 2)
        XCTAssertTrue(test.pValue.isNaN)
        XCTAssertTrue(test.note!.contains("The statistic is negative: the data fail the asymptotic assumptions of the Hausman test"), test.note!)
    }

    func testModelsWithoutCommonSlopesAreAnError() {
        let other = EstimationResult(model: "re", formula: "y ~ c", responseName: "y", nobs: 100, covarianceLabel: "classical",
                                     terms: ["(Intercept)", "c"], estimates: [0, 1], covariance: Matrix.identity(2), inference: .normal)
        XCTAssertThrowsError(try PanelTests.hausman(consistent: result("fe", estimates: [1, 2], variances: [1, 1]), efficient: other)) { error in
            XCTAssertTrue("\(error)".contains("share no slope"), "\(error)")
        }
    }
}
