import XCTest
import GravityStatistics

/// F distribution against scipy 1.17 (`scipy.stats.f`) and mpmath 1.3 at 50 digits, where the
/// mpmath tails are `betainc(d1/2, d2/2, 0, d1*f/(d1*f + d2), regularized=True)` (lower) and
/// `betainc(d2/2, d1/2, 0, d2/(d1*f + d2), regularized=True)` (upper).
final class FDistributionTests: XCTestCase {
    func testDeepUpperTails() {
        let f = FDistribution(numeratorDegreesOfFreedom: 2, denominatorDegreesOfFreedom: 197)
        // mpmath; scipy: f.sf(426.575731304813, 2, 197) = 2.579924707194313e-72.
        assertRelativelyEqual(f.sf(426.575731304813), 2.5799247071942906e-72, tolerance: Tolerance.deepTail)
        assertRelativelyEqual(f.sf(1500), 6.1344213705310307e-120, tolerance: Tolerance.deepTail)
        // mpmath, d1 = 10, d2 = 40.
        let wide = FDistribution(numeratorDegreesOfFreedom: 10, denominatorDegreesOfFreedom: 40)
        assertRelativelyEqual(wide.sf(1e9), 1.1683409444042064e-164, tolerance: Tolerance.deepTail)
    }

    func testBulk() {
        let f = FDistribution(numeratorDegreesOfFreedom: 5, denominatorDegreesOfFreedom: 10)
        // mpmath tails; scipy: f.pdf(3, 5, 10).
        assertRelativelyEqual(f.cdf(3), 0.93444243790615589, tolerance: Tolerance.bulk)
        assertRelativelyEqual(f.sf(3), 0.065557562093844113, tolerance: Tolerance.bulk)
        assertRelativelyEqual(f.pdf(3), 0.05582673114557231, tolerance: Tolerance.bulk)
        // mpmath, d1 = d2 = 1.
        assertRelativelyEqual(FDistribution(numeratorDegreesOfFreedom: 1, denominatorDegreesOfFreedom: 1).cdf(0.5), 0.39182655203060727, tolerance: Tolerance.bulk)
        // mpmath, d1 = 4, d2 = 30: a small lower tail.
        assertRelativelyEqual(FDistribution(numeratorDegreesOfFreedom: 4, denominatorDegreesOfFreedom: 30).cdf(1e-6), 2.1333301096325308e-12, tolerance: Tolerance.bulk)
    }

    func testLargeDenominatorDegreesOfFreedom() {
        // mpmath, d1 = 3, d2 = 10⁶; scipy: f.sf(2.5, 3, 1e6) = 0.05755907827077789.
        let f = FDistribution(numeratorDegreesOfFreedom: 3, denominatorDegreesOfFreedom: 1e6)
        assertRelativelyEqual(f.sf(2.5), 0.057559078270777923, tolerance: Tolerance.bulk)
        // scipy: f.ppf(0.95, 3, 1e6).
        assertRelativelyEqual(f.quantile(0.95), 2.604918176976153, tolerance: Tolerance.bulk)
    }

    func testQuantiles() {
        // scipy: f.ppf(0.95, 5, 10), f.ppf(0.9, 1, 1).
        assertRelativelyEqual(FDistribution(numeratorDegreesOfFreedom: 5, denominatorDegreesOfFreedom: 10).quantile(0.95), 3.3258345304130104, tolerance: Tolerance.bulk)
        assertRelativelyEqual(FDistribution(numeratorDegreesOfFreedom: 1, denominatorDegreesOfFreedom: 1).quantile(0.9), 39.86345818906141, tolerance: Tolerance.bulk)
    }
}
