import GravityCore
import XCTest

/// Confidence intervals of bounded parameters computed on the scale where they are unbounded.
final class BoundedIntervalTests: XCTestCase {
    private func result(_ estimates: [Double], _ standardErrors: [Double]) -> EstimationResult {
        EstimationResult(model: "sfa", formula: "y ~ x", responseName: "y", nobs: 100, covarianceLabel: "observed information",
                         terms: ["sigmaSq", "gamma"], estimates: estimates, covariance: .diagonal(standardErrors.map { $0 * $0 }), inference: .normal)
    }

    func testLogAndLogitIntervalsStayInsideTheBounds() throws {
        var fit = result([0.8, 0.9], [0.5, 0.05])
        XCTAssertLessThan(fit.coefficients[0].confLow, 0, "the symmetric interval crosses zero")
        fit.boundInterval(of: "sigmaSq", to: .positive)
        fit.boundInterval(of: "gamma", to: .unitInterval)
        // Python: z = 1.959963984540054; s = z*0.5/0.8; 0.8*exp(-s), 0.8*exp(s)
        XCTAssertEqual(fit.coefficients[0].confLow, 0.23501145022770867, accuracy: 1e-12)
        XCTAssertEqual(fit.coefficients[0].confHigh, 2.7232715656189836, accuracy: 1e-12)
        // Python: l = log(0.9/0.1); s = z*0.05/(0.9*0.1); 1/(1+exp(-(l-s))), 1/(1+exp(-(l+s)))
        XCTAssertEqual(fit.coefficients[1].confLow, 0.7518224354681983, accuracy: 1e-12)
        XCTAssertEqual(fit.coefficients[1].confHigh, 0.9639486410722317, accuracy: 1e-12)
        XCTAssertEqual(fit.coefficients[1].estimate, 0.9, "estimate, standard error and test unchanged")
        XCTAssertEqual(fit.coefficients[1].stdError, 0.05, accuracy: 1e-15)
    }

    func testBoundaryEstimatesAndAbsentTermsAreLeftAlone() {
        var fit = result([0.8, 1], [0.5, 0.05])
        let before = fit.coefficients
        fit.boundInterval(of: "gamma", to: .unitInterval)
        fit.boundInterval(of: "eta", to: .positive)
        XCTAssertEqual(fit.coefficients, before)
    }
}
