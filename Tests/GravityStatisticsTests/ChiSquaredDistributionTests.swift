import XCTest
import GravityStatistics

/// Chi-squared distribution against R, scipy 1.17 (`scipy.stats.chi2`) and mpmath 1.3 at 50
/// digits, where the mpmath tails are `gammainc(k/2, 0, x/2, regularized=True)` (lower) and
/// `gammainc(k/2, x/2, inf, regularized=True)` (upper).
final class ChiSquaredDistributionTests: XCTestCase {
    func testDeepUpperTails() {
        // R: pchisq(798.161548369066, 1, lower.tail = FALSE); mpmath gives 1.3544849190836644e-175.
        assertRelativelyEqual(ChiSquaredDistribution(degreesOfFreedom: 1).sf(798.161548369066), 1.35448491908351e-175, tolerance: Tolerance.deepTail)
        assertRelativelyEqual(ChiSquaredDistribution(degreesOfFreedom: 1).sf(798.161548369066), 1.3544849190836644e-175, tolerance: Tolerance.deepTail)
        // R: pchisq(804.615429949604, 2, lower.tail = FALSE); mpmath gives 1.9053701595078552e-175.
        assertRelativelyEqual(ChiSquaredDistribution(degreesOfFreedom: 2).sf(804.615429949604), 1.90537015950829e-175, tolerance: Tolerance.deepTail)
        assertRelativelyEqual(ChiSquaredDistribution(degreesOfFreedom: 2).sf(804.615429949604), 1.9053701595078552e-175, tolerance: Tolerance.deepTail)
    }

    func testPValueNear1e300() {
        // mpmath: gammainc(1/2, 685, inf, regularized=True).
        assertRelativelyEqual(ChiSquaredDistribution(degreesOfFreedom: 1).sf(1370), 6.9429373646432677e-300, tolerance: Tolerance.deepTail)
    }

    func testBulk() {
        let one = ChiSquaredDistribution(degreesOfFreedom: 1)
        // mpmath tails at scipy's chi2.ppf(0.95, 1) = 3.841458820694124.
        assertRelativelyEqual(one.cdf(3.841458820694124), 0.94999999999999994, tolerance: Tolerance.bulk)
        assertRelativelyEqual(one.sf(3.841458820694124), 0.050000000000000057, tolerance: Tolerance.bulk)
        let ten = ChiSquaredDistribution(degreesOfFreedom: 10)
        // mpmath: gammainc(5, 0, 2.5, regularized=True); scipy: chi2.pdf(5, 10).
        assertRelativelyEqual(ten.cdf(5), 0.10882198108584876, tolerance: Tolerance.bulk)
        assertRelativelyEqual(ten.pdf(5), 0.0668009428905426, tolerance: Tolerance.bulk)
        // mpmath: gammainc(5000, 5250, inf, regularized=True).
        assertRelativelyEqual(ChiSquaredDistribution(degreesOfFreedom: 1e4).sf(10500), 0.00024794736798936085, tolerance: Tolerance.bulk)
    }

    func testHalfDegreeOfFreedom() {
        let half = ChiSquaredDistribution(degreesOfFreedom: 0.5)
        // mpmath tails with k = 1/2.
        assertRelativelyEqual(half.cdf(0.1), 0.51655532083046563, tolerance: Tolerance.bulk)
        assertRelativelyEqual(half.sf(0.1), 0.48344467916953437, tolerance: Tolerance.bulk)
        assertRelativelyEqual(half.sf(20), 2.0830304086494313e-6, tolerance: Tolerance.bulk)
        assertRelativelyEqual(half.cdf(1e-8), 0.0092772960765127124, tolerance: Tolerance.bulk)
        // scipy: chi2.pdf(1, 0.5), chi2.ppf(0.5, 0.5), chi2.ppf(0.999, 0.5).
        assertRelativelyEqual(half.pdf(1), 0.14067411288159115, tolerance: Tolerance.bulk)
        assertRelativelyEqual(half.quantile(0.5), 0.0873476047057468, tolerance: Tolerance.bulk)
        assertRelativelyEqual(half.quantile(0.999), 8.752888515773373, tolerance: Tolerance.bulk)
    }

    func testQuantiles() {
        // scipy: chi2.ppf(0.95, 1), chi2.ppf(0.95, 10), chi2.ppf(1e-20, 3), chi2.ppf(1 - 1e-10, 3).
        assertRelativelyEqual(ChiSquaredDistribution(degreesOfFreedom: 1).quantile(0.95), 3.841458820694124, tolerance: Tolerance.bulk)
        assertRelativelyEqual(ChiSquaredDistribution(degreesOfFreedom: 10).quantile(0.95), 18.307038053275146, tolerance: Tolerance.bulk)
        assertRelativelyEqual(ChiSquaredDistribution(degreesOfFreedom: 3).quantile(1e-20), 1.122330578045497e-13, tolerance: Tolerance.bulk)
        assertRelativelyEqual(ChiSquaredDistribution(degreesOfFreedom: 3).quantile(1 - 1e-10), 49.542155758766434, tolerance: Tolerance.bulk)
    }
}
