import XCTest
@testable import GravityCore

/// Means and standard deviations of values near 1e300 or 1e-300 neither overflow nor underflow:
/// they are those of the unscaled values times the scale (R: mean(x) = 145.9583, sd(x) =
/// 216.8753 for Grunfeld's `inv`; here a small sample worked by hand).
final class DescriptiveStatisticsScaleTests: XCTestCase {
    func testMomentsScaleWithTheData() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample variance 32/7.
        let values: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
        for factor in [1.0, 1e300, 1e-300, -1e250] {
            let summary = VariableSummary(name: "x", values: values.map { $0 * factor })
            XCTAssertEqual(summary.mean, 5 * factor, accuracy: 1e-14 * abs(5 * factor), "factor \(factor)")
            let sd = (32.0 / 7).squareRoot() * abs(factor)
            XCTAssertEqual(summary.standardDeviation, sd, accuracy: 1e-14 * sd, "factor \(factor)")
        }
    }

    func testOneHugeCellKeepsFiniteMoments() {
        let summary = VariableSummary(name: "x", values: [1, 2, 3, 1e308, -1e308])
        XCTAssertTrue(summary.mean.isFinite)
        XCTAssertTrue(summary.standardDeviation.isFinite)
        XCTAssertEqual(summary.standardDeviation, 1e308 / 2.0.squareRoot(), accuracy: 1e294, "sqrt(2e616 / 4): +-1e308 dominate, n - 1 = 4")
    }
}
