import Foundation
import XCTest
import GravityLinearAlgebra

/// Least squares on the NIST StRD "Wampler1" and "Wampler3" data sets (Wampler 1970; NIST
/// linear regression, higher level of difficulty): fifth-degree polynomials in x = 0 ... 20
/// whose certified coefficients are all exactly 1.
final class NISTWamplerTests: XCTestCase {
    /// The design 1, x, ..., x^5 for x = 0 ... 20.
    private var design: Matrix {
        Matrix(rowMajor: (0...20).map { x in (0...5).map { pow(Double(x), Double($0)) } })
    }

    func testWampler1IsFittedExactly() {
        // Wampler1's y is 1 + x + x^2 + x^3 + x^4 + x^5, so the certified coefficients are 1
        // with zero standard errors; the integers are exact in double precision.
        let y = (0...20).map { x in (0...5).reduce(0.0) { $0 + pow(Double(x), Double($1)) } }
        XCTAssertEqual(y[2], 63)
        XCTAssertEqual(y[20], 3_368_421)
        let qr = QRDecomposition(design)
        XCTAssertEqual(qr.rank, 6)
        for estimate in qr.coefficients(y) { XCTAssertEqual(estimate, 1, accuracy: 1e-8) }
        for (fitted, observed) in zip(qr.fitted(y), y) { XCTAssertEqual(fitted, observed, accuracy: 1e-8 * observed + 1e-8) }
    }

    func testWampler3CoefficientsAndStandardErrors() {
        let y: [Double] = [
            760, -2042, 2111, -1684, 3888, 1858, 11379, 17560, 39287, 64382, 113159,
            175108, 273291, 400186, 581243, 811568, 1121004, 1506550, 2002767, 2611612, 3369180,
        ]
        let certifiedStandardErrors = [
            2152.32624678170, 2363.55173469681, 779.343524331583,
            101.475507550350, 5.64566512170752, 0.112324854679312,
        ]
        let certifiedResidualStandardDeviation = 2360.14502379268
        let qr = QRDecomposition(design)
        for estimate in qr.coefficients(y) { XCTAssertEqual(estimate, 1, accuracy: 1e-8) }
        let residualSumOfSquares = zip(y, qr.fitted(y)).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        let residualVariance = residualSumOfSquares / Double(qr.rows - qr.rank)
        XCTAssertEqual(residualVariance.squareRoot(), certifiedResidualStandardDeviation,
                       accuracy: 1e-11 * certifiedResidualStandardDeviation)
        let covariance = qr.unscaledCovariance()
        for (k, certified) in certifiedStandardErrors.enumerated() {
            XCTAssertEqual((covariance[k, k] * residualVariance).squareRoot(), certified, accuracy: 1e-11 * certified)
        }
    }
}
