import XCTest
import GravityStatistics

/// Special functions against mpmath 1.3 at 50 digits (`mp.mp.dps = 50`): `loggamma`,
/// `log(beta(a, b))`, `gammainc(a, 0, x, regularized=True)` (P),
/// `gammainc(a, x, inf, regularized=True)` (Q) and `betainc(a, b, 0, x, regularized=True)`,
/// with complements as `betainc(b, a, 0, 1 - x, regularized=True)` computed in mpmath.
final class SpecialFunctionTests: XCTestCase {
    func testLogGamma() {
        assertRelativelyEqual(logGamma(0.5), 0.57236494292470009, tolerance: Tolerance.bulk)
        assertRelativelyEqual(logGamma(1e6), 12815504.569147612, tolerance: Tolerance.bulk)
        assertRelativelyEqual(logGamma(1e-8), 18.420680738180209, tolerance: Tolerance.bulk)
    }

    func testLogBetaWithLargeArguments() {
        assertRelativelyEqual(logBeta(3, 7), -5.5294290875114233, tolerance: Tolerance.bulk)
        assertRelativelyEqual(logBeta(1e10, 0.5), -10.940560522033028, tolerance: Tolerance.bulk)
        assertRelativelyEqual(logBeta(1e6, 1e6), -1386300.0033629211, tolerance: Tolerance.bulk)
    }

    func testRegularizedGamma() {
        assertRelativelyEqual(regularizedGammaP(3, 2), 0.32332358381693654, tolerance: Tolerance.bulk)
        assertRelativelyEqual(regularizedGammaQ(3, 2), 0.67667641618306346, tolerance: Tolerance.bulk)
        assertRelativelyEqual(regularizedGammaP(50, 10), 1.8547268838697993e-19, tolerance: Tolerance.bulk)
        assertRelativelyEqual(regularizedGammaQ(50, 120), 1.6008226793344829e-13, tolerance: Tolerance.bulk)
        assertRelativelyEqual(regularizedGammaQ(1e5, 1.01e5), 0.00080842151292559073, tolerance: Tolerance.bulk)
    }

    func testRegularizedGammaUpperTailForSmallShape() {
        // Q is small here while P is close to 1, so Q must not be formed as 1 − P.
        assertRelativelyEqual(regularizedGammaQ(0.01, 0.5), 0.0056267561939671841, tolerance: Tolerance.bulk)
        assertRelativelyEqual(regularizedGammaP(0.01, 0.5), 0.99437324380603282, tolerance: Tolerance.bulk)
        assertRelativelyEqual(regularizedGammaQ(1e-10, 1), 2.1938393441796779e-11, tolerance: Tolerance.bulk)
    }

    func testRegularizedIncompleteBeta() {
        assertRelativelyEqual(regularizedIncompleteBeta(0.3, a: 2.5, b: 4), 0.35219758590676721, tolerance: Tolerance.bulk)
        assertRelativelyEqual(regularizedIncompleteBetaComplement(0.3, a: 2.5, b: 4), 0.64780241409323279, tolerance: Tolerance.bulk)
        assertRelativelyEqual(regularizedIncompleteBeta(1e-4, a: 0.5, b: 0.5), 0.0063663038317461407, tolerance: Tolerance.bulk)
        assertRelativelyEqual(regularizedIncompleteBetaComplement(0.999, a: 5, b: 3), 3.4895125930015093e-8, tolerance: Tolerance.bulk)
        assertRelativelyEqual(regularizedIncompleteBetaComplement(0.5, a: 200, b: 300), 3.5434802643925381e-6, tolerance: Tolerance.bulk)
    }

    func testRegularizedIncompleteBetaWithOneLargeShape() {
        assertRelativelyEqual(regularizedIncompleteBeta(0.999, a: 5e4, b: 0.5), 1.4863295759538183e-23, tolerance: Tolerance.bulk)
    }

    func testEndpoints() {
        XCTAssertEqual(regularizedGammaP(2, 0), 0)
        XCTAssertEqual(regularizedGammaQ(2, .infinity), 0)
        XCTAssertEqual(regularizedIncompleteBeta(0, a: 2, b: 3), 0)
        XCTAssertEqual(regularizedIncompleteBeta(1, a: 2, b: 3), 1)
    }
}
