import XCTest
import GravityStatistics

/// Student's t against R, scipy 1.17 (`scipy.stats.t`) and mpmath 1.3 at 50 digits, where the
/// mpmath tails are `betainc(nu/2, 1/2, 0, nu/(nu + t**2), regularized=True)/2` (upper tail,
/// t > 0) and quantiles are `findroot` of those.
final class StudentTDistributionTests: XCTestCase {
    func testTwoSidedPValueDeepInTheTail() {
        let t197 = StudentTDistribution(degreesOfFreedom: 197)
        // R: 2 * pt(19.8025887387704, 197, lower.tail = FALSE).
        assertRelativelyEqual(t197.twoSidedPValue(19.8025887387704), 9.54270268578329e-49, tolerance: Tolerance.deepTail)
        assertRelativelyEqual(t197.twoSidedPValue(-19.8025887387704), 9.54270268578329e-49, tolerance: Tolerance.deepTail)
        // mpmath, same expression: 9.5427026857845043e-49.
        assertRelativelyEqual(2 * t197.sf(19.8025887387704), 9.5427026857845043e-49, tolerance: Tolerance.bulk)
    }

    func testPValueNear1e300() {
        // mpmath: 2 * betainc(15, 1/2, 0, 30/(30 + mpf(5e10)**2), regularized=True)/2.
        let t30 = StudentTDistribution(degreesOfFreedom: 30)
        assertRelativelyEqual(t30.twoSidedPValue(5e10), 2.22576686855064e-300, tolerance: Tolerance.deepTail)
    }

    func testQuantiles() {
        // scipy: t.ppf(0.975, 197) (mpmath findroot agrees: 1.9720790337785024).
        assertRelativelyEqual(StudentTDistribution(degreesOfFreedom: 197).quantile(0.975), 1.9720790337785026, tolerance: Tolerance.bulk)
        assertRelativelyEqual(StudentTDistribution(degreesOfFreedom: 197).quantile(0.025), -1.9720790337785026, tolerance: Tolerance.bulk)
        // mpmath: tan(pi * (mpf(0.975) - 1/2)) for one degree of freedom (Cauchy).
        assertRelativelyEqual(StudentTDistribution(degreesOfFreedom: 1).quantile(0.975), 12.706204736174693, tolerance: Tolerance.bulk)
        // mpmath findroot, 2.5 degrees of freedom; scipy: t.ppf(0.99, 2.5) = 5.353111173030872.
        assertRelativelyEqual(StudentTDistribution(degreesOfFreedom: 2.5).quantile(0.99), 5.3531111730308723, tolerance: Tolerance.bulk)
        // mpmath findroot with 10⁶ degrees of freedom; scipy: t.ppf(0.975, 1e6) = 1.959966356814107.
        assertRelativelyEqual(StudentTDistribution(degreesOfFreedom: 1e6).quantile(0.975), 1.9599663568141067, tolerance: Tolerance.bulk)
    }

    func testSmallDegreesOfFreedom() {
        let cauchy = StudentTDistribution(degreesOfFreedom: 1)
        // mpmath: 1/2 - atan(3)/pi.
        assertRelativelyEqual(cauchy.cdf(-3), 0.10241638234956673, tolerance: Tolerance.bulk)
        // mpmath: betainc(1/2, 1/2, 0, 1/(1 + mpf(1e10)**2), regularized=True)/2.
        assertRelativelyEqual(cauchy.sf(1e10), 3.1830988618379067e-11, tolerance: Tolerance.bulk)
        let t25 = StudentTDistribution(degreesOfFreedom: 2.5)
        // mpmath tails; scipy: t.cdf(-2, 2.5) = 0.07869574787898295, t.sf(4, 2.5) = 0.019506487920659125.
        assertRelativelyEqual(t25.cdf(-2), 0.078695747878982993, tolerance: Tolerance.bulk)
        assertRelativelyEqual(t25.sf(4), 0.019506487920659123, tolerance: Tolerance.bulk)
        // scipy: t.pdf(1, 2.5).
        assertRelativelyEqual(t25.pdf(1), 0.2007959606709201, tolerance: Tolerance.bulk)
    }

    func testBulkAndDensity() {
        let t197 = StudentTDistribution(degreesOfFreedom: 197)
        // mpmath; scipy: t.cdf(-1.3, 197) = 0.09755997195408642.
        assertRelativelyEqual(t197.cdf(-1.3), 0.097559971954086444, tolerance: Tolerance.bulk)
        assertRelativelyEqual(t197.sf(1.3), 0.097559971954086444, tolerance: Tolerance.bulk)
        // scipy: t.pdf(1.3, 197).
        assertRelativelyEqual(t197.pdf(1.3), 0.17103711255164264, tolerance: Tolerance.bulk)
    }

    func testManyDegreesOfFreedom() {
        let t = StudentTDistribution(degreesOfFreedom: 1e6)
        // mpmath tails with nu = 10⁶.
        assertRelativelyEqual(t.sf(2), 0.022750266925659604, tolerance: Tolerance.bulk)
        assertRelativelyEqual(t.twoSidedPValue(5), 5.7339978708907416e-7, tolerance: Tolerance.bulk)
    }

    func testInfiniteDegreesOfFreedomIsNormal() {
        let t = StudentTDistribution(degreesOfFreedom: .infinity)
        XCTAssertEqual(t.cdf(-1.5), NormalDistribution.standard.cdf(-1.5))
        XCTAssertEqual(t.quantile(0.975), NormalDistribution.standard.quantile(0.975))
    }
}
