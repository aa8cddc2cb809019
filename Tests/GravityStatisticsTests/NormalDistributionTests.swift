import Foundation
import XCTest
import GravityStatistics

/// Normal distribution against scipy 1.17 (`scipy.stats.norm`), R, and mpmath 1.3 at 50 digits
/// (`mp.mp.dps = 50`).
final class NormalDistributionTests: XCTestCase {
    let standard = NormalDistribution.standard

    func testQuantilesAtFullPrecision() {
        // scipy: norm.ppf(0.975), norm.ppf(1e-10), norm.ppf(1 - 1e-15).
        assertRelativelyEqual(standard.quantile(0.975), 1.959963984540054, tolerance: Tolerance.bulk)
        assertRelativelyEqual(standard.quantile(1e-10), -6.361340902404056, tolerance: Tolerance.bulk)
        assertRelativelyEqual(standard.quantile(1 - 1e-15), 7.941444487415979, tolerance: Tolerance.bulk)
        // mpmath: findroot(lambda z: log(ncdf(z)) - log(mpf(1e-300)), -37).
        assertRelativelyEqual(standard.quantile(1e-300), -37.047096299361199, tolerance: Tolerance.bulk)
        XCTAssertEqual(standard.quantile(0.5), 0)
        XCTAssertEqual(standard.quantile(0), -.infinity)
        XCTAssertEqual(standard.quantile(1), .infinity)
    }

    func testQuantileNearOneHalfKeepsRelativePrecision() {
        // mpmath: findroot(lambda z: ncdf(z) - mpf(0.5 + 1e-12), 2.5e-12).
        assertRelativelyEqual(standard.quantile(0.5 + 1e-12), 2.5065728237018605e-12, tolerance: Tolerance.bulk)
    }

    func testCdfAndSurvivalInTheBulk() {
        // scipy: norm.cdf(-1.5), norm.cdf(0.3).
        assertRelativelyEqual(standard.cdf(-1.5), 0.06680720126885807, tolerance: Tolerance.bulk)
        assertRelativelyEqual(standard.cdf(0.3), 0.6179114221889526, tolerance: Tolerance.bulk)
        assertRelativelyEqual(standard.sf(1.5), 0.06680720126885807, tolerance: Tolerance.bulk)
    }

    func testDeepUpperTail() {
        // R: pnorm(28.2517530140886, lower.tail = FALSE).
        assertRelativelyEqual(standard.sf(28.2517530140886), 6.77242459541757e-176, tolerance: Tolerance.deepTail)
        // mpmath: ncdf(-mpf(28.2517530140886)) = 6.7724245954243795e-176, to full precision.
        assertRelativelyEqual(standard.cdf(-28.2517530140886), 6.7724245954243795e-176, tolerance: 1e-14)
        // mpmath: ncdf(-mpf(37.5)), a p-value near 1e-307.
        assertRelativelyEqual(standard.sf(37.5), 4.6053530095819548e-308, tolerance: Tolerance.deepTail)
    }

    func testLogCdfFarIntoTheTail() {
        // mpmath: log(ncdf(-40)), log(ncdf(-1000)), log(ncdf(-100000)).
        assertRelativelyEqual(standard.logCdf(-40), -804.60844201375379, tolerance: Tolerance.bulk)
        assertRelativelyEqual(standard.logCdf(-1000), -500007.82669481218, tolerance: Tolerance.bulk)
        assertRelativelyEqual(standard.logCdf(-1e5), -5000000012.431864, tolerance: Tolerance.bulk)
        assertRelativelyEqual(standard.logSf(1000), -500007.82669481218, tolerance: Tolerance.bulk)
        // mpmath: log(ncdf(3)), log(ncdf(-3)).
        assertRelativelyEqual(standard.logCdf(3), -0.0013508099647481938, tolerance: Tolerance.bulk)
        assertRelativelyEqual(standard.logSf(3), -6.6077262215103495, tolerance: Tolerance.bulk)
    }

    func testDensity() {
        // mpmath: npdf(30), log(npdf(30)).
        assertRelativelyEqual(standard.pdf(30), 1.4736461348785475e-196, tolerance: 1e-14)
        assertRelativelyEqual(standard.logPdf(30), -450.91893853320467, tolerance: Tolerance.bulk)
    }

    func testLocationAndScale() {
        let shifted = NormalDistribution(mean: 2, sd: 3)
        // mpmath: ncdf(1, 2, 3), npdf(1, 2, 3); scipy: norm(2, 3).ppf(0.2).
        assertRelativelyEqual(shifted.cdf(1), 0.36944134018176364, tolerance: Tolerance.bulk)
        assertRelativelyEqual(shifted.pdf(1), 0.12579440923099772, tolerance: Tolerance.bulk)
        assertRelativelyEqual(shifted.quantile(0.2), -0.5248637007187424, tolerance: Tolerance.bulk)
        assertRelativelyEqual(shifted.logPdf(1), log(0.12579440923099772), tolerance: Tolerance.bulk)
    }
}
