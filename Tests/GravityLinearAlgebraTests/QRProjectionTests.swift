import XCTest
import GravityLinearAlgebra

/// Projections, coefficients and covariances against closed forms. With t = -m ... m scaled by
/// a power of two near 1 / m (so that both columns have similar norms), the columns 1 and t are
/// orthogonal; e(t) = 0 at t = 0 and +1, -1, +1, ... for |t| = 1, 2, 3, ...
/// is even in t and sums to zero when m is even, so it is orthogonal to both. Hence
/// y = a + b t + e has coefficients (a, b), fitted values a + b t and
/// (X'X)^{-1} = diag(1 / n, 1 / sum t^2), all sums being exact in double precision.
final class QRProjectionTests: XCTestCase {
    private func check(halfWidth m: Int, file: StaticString = #filePath, line: UInt = #line) {
        precondition(m % 2 == 0)
        let n = 2 * m + 1
        let scale = Double(sign: .plus, exponent: -(Int.bitWidth - m.leadingZeroBitCount), significand: 1)
        let t = (-m...m).map { Double($0) * scale }
        let e = (-m...m).map { $0 == 0 ? 0.0 : (abs($0) % 2 == 1 ? 1 : -1) }
        let y = zip(t, e).map { 2 - 3 * $0 + $1 }
        let qr = QRDecomposition(Matrix(columnList: [[Double](repeating: 1, count: n), t]))
        XCTAssertEqual(qr.rank, 2, file: file, line: line)
        let coefficients = qr.coefficients(y)
        XCTAssertEqual(coefficients[0], 2, accuracy: 1e-12, file: file, line: line)
        XCTAssertEqual(coefficients[1], -3, accuracy: 1e-12, file: file, line: line)
        let fitted = qr.fitted(y)
        var largestError = 0.0
        for (value, ti) in zip(fitted, t) { largestError = max(largestError, abs(value - (2 - 3 * ti))) }
        XCTAssertLessThan(largestError, 1e-11, file: file, line: line)
        let covariance = qr.unscaledCovariance()
        let sumOfSquares = t.reduce(0) { $0 + $1 * $1 }
        XCTAssertEqual(covariance[0, 0], 1 / Double(n), accuracy: 1e-12 / Double(n), file: file, line: line)
        XCTAssertEqual(covariance[1, 1], 1 / sumOfSquares, accuracy: 1e-12 / sumOfSquares, file: file, line: line)
        XCTAssertEqual(covariance[0, 1], 0, accuracy: 1e-12 / Double(n), file: file, line: line)
        XCTAssertEqual(covariance[0, 1], covariance[1, 0], file: file, line: line)
    }

    func testSmallDesignMatchesClosedForm() {
        check(halfWidth: 6)
    }

    func testLongDesignSpreadOverManyRowBlocksMatchesClosedForm() {
        // Long enough for several workers and many blocks, with a partial last block.
        check(halfWidth: 150_000)
    }

    func testLongDesignWithAliasedColumnRecoversExactCombination() {
        // y = 1.5 + 2 a + 0.5 b - c exactly, with the combination a - 3 b placed between b and c:
        // it is aliased and c, the column after it, is still kept.
        let n = 250_001
        let a = (0..<n).map { Double($0 % 17) - 8 }
        let b = (0..<n).map { Double(($0 * 7) % 13) * 0.25 }
        let c = (0..<n).map { Double(($0 * $0) % 11) }
        let combination = zip(a, b).map { $0 - 3 * $1 }
        let ones = [Double](repeating: 1, count: n)
        let y = (0..<n).map { 1.5 + 2 * a[$0] + 0.5 * b[$0] - c[$0] }
        let qr = QRDecomposition(Matrix(columnList: [ones, a, b, combination, c]))
        XCTAssertEqual(qr.keptColumns, [0, 1, 2, 4])
        XCTAssertEqual(qr.aliasedColumns, [3])
        for (estimate, expected) in zip(qr.coefficients(y), [1.5, 2, 0.5, -1]) {
            XCTAssertEqual(estimate, expected, accuracy: 1e-12)
        }
        let fitted = qr.fitted(y)
        XCTAssertEqual(zip(fitted, y).map { abs($0 - $1) }.max() ?? 0, 0, accuracy: 1e-10)
    }
}
