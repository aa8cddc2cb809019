import Foundation
import XCTest
import GravityLinearAlgebra

/// Rank detection by limited pivoting: the rule of R's `lm` (LINPACK `dqrdc2`), under which a
/// column is aliased when it is numerically a combination of the columns before it, so that
/// of two collinear regressors the later one is dropped. Every aliasing decision below was
/// checked against R 4 (`lm` coefficients reported as NA, or `qr()$pivot`) on the same data.
final class QRRankDetectionTests: XCTestCase {
    private let n = 40

    private var x1: [Double] { (0..<n).map { Double($0 % 7) + 0.5 * Double($0) } }
    private var x2: [Double] { (0..<n).map { cos(Double($0)) * 3 + Double($0 % 3) } }
    private var ones: [Double] { [Double](repeating: 1, count: n) }
    /// A fixed perturbation direction of unit scale.
    private var wiggle: [Double] { (0..<n).map { sin(Double($0) * 1.7) } }

    func testExactCombinationIsAliasedAndIsTheLaterColumn() {
        let x3 = zip(x1, x2).map { 2 * $0 - $1 }
        let qr = QRDecomposition(Matrix(columnList: [ones, x1, x2, x3]))
        XCTAssertEqual(qr.rank, 3)
        XCTAssertEqual(qr.keptColumns, [0, 1, 2])
        XCTAssertEqual(qr.aliasedColumns, [3])
        // With the combination placed first, it is x2 (now the latest of the three) that goes.
        let reordered = QRDecomposition(Matrix(columnList: [ones, x3, x1, x2]))
        XCTAssertEqual(reordered.keptColumns, [0, 1, 2])
        XCTAssertEqual(reordered.aliasedColumns, [3])
    }

    func testCoefficientsOfKeptColumnsAfterAliasing() {
        // y = 3 + 2 x1 - x2 exactly; x3 duplicates information and must not disturb the fit.
        let x3 = zip(x1, x2).map { 2 * $0 - $1 }
        let y = zip(x1, x2).map { 3 + 2 * $0 - $1 }
        let qr = QRDecomposition(Matrix(columnList: [ones, x1, x3, x2]))
        XCTAssertEqual(qr.keptColumns, [0, 1, 2])
        XCTAssertEqual(qr.aliasedColumns, [3])
        // In the basis (1, x1, x3): y = 3 + 0 x1 + 1 x3.
        let coefficients = qr.coefficients(y)
        XCTAssertEqual(coefficients[0], 3, accuracy: 1e-12)
        XCTAssertEqual(coefficients[1], 0, accuracy: 1e-12)
        XCTAssertEqual(coefficients[2], 1, accuracy: 1e-12)
        XCTAssertEqual(qr.unscaledCovariance().rows, 3)
    }

    func testTinyPerturbationIsAliasedButVisibleOneIsKept() {
        let combination = zip(x1, x2).map { 2 * $0 - $1 }
        let nearlyCollinear = zip(combination, wiggle).map { $0 + 1e-12 * $1 }
        let tiny = QRDecomposition(Matrix(columnList: [ones, x1, x2, nearlyCollinear]))
        XCTAssertEqual(tiny.aliasedColumns, [3])
        let distinct = zip(combination, wiggle).map { $0 + 1e-3 * $1 }
        let visible = QRDecomposition(Matrix(columnList: [ones, x1, x2, distinct]))
        XCTAssertEqual(visible.rank, 4)
        XCTAssertEqual(visible.aliasedColumns, [])
    }

    func testNearlyCollinearDesignMatchesR() {
        // R: lm(y ~ x1 + x2 + x3) with x3 = 2 x1 - x2 + 1e-3 sin(1.7 i) and y = x1 + sin(i),
        // i = 0 ... 39 (condition number about 1.1e5); coefficients and standard errors printed
        // to 17 digits.
        let x3 = zip(zip(x1, x2), wiggle).map { 2 * $0.0 - $0.1 + 1e-3 * $1 }
        let y = (0..<n).map { x1[$0] + sin(Double($0)) }
        let qr = QRDecomposition(Matrix(columnList: [ones, x1, x2, x3]))
        XCTAssertEqual(qr.rank, 4)
        let fromR = [0.074094547694037477, -45.402812021013908, 23.206086034171594, 23.199304924955744]
        let standardErrorsFromR = [0.26691143523791477, 337.22863975733776, 168.60948099720437, 168.61384363711653]
        for (estimate, expected) in zip(qr.coefficients(y), fromR) {
            XCTAssertEqual(estimate, expected, accuracy: 1e-9 * abs(expected))
        }
        let residualVariance = zip(y, qr.fitted(y)).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(n - 4)
        let covariance = qr.unscaledCovariance()
        for (k, expected) in standardErrorsFromR.enumerated() {
            XCTAssertEqual((covariance[k, k] * residualVariance).squareRoot(), expected, accuracy: 1e-9 * expected)
        }
    }

    func testToleranceIsRelativeToTheColumnsOwnNorm() {
        // The same relative perturbation is aliased or kept according to `tolerance` alone,
        // whatever the scale of the column.
        let combination = zip(x1, x2).map { 2 * $0 - $1 }
        for scale in [1e-6, 1.0, 1e8] {
            let column = zip(combination, wiggle).map { scale * ($0 + 1e-5 * $1) }
            let x = Matrix(columnList: [ones, x1, x2, column])
            XCTAssertEqual(QRDecomposition(x, tolerance: 1e-4).aliasedColumns, [3], "scale \(scale)")
            XCTAssertEqual(QRDecomposition(x, tolerance: 1e-9).aliasedColumns, [], "scale \(scale)")
        }
    }

    func testZeroColumnIsAliased() {
        let zeros = [Double](repeating: 0, count: n)
        let qr = QRDecomposition(Matrix(columnList: [ones, zeros, x1]))
        XCTAssertEqual(qr.keptColumns, [0, 2])
        XCTAssertEqual(qr.aliasedColumns, [1])
        let y = x1.map { 4 - 0.5 * $0 }
        let coefficients = qr.coefficients(y)
        XCTAssertEqual(coefficients[0], 4, accuracy: 1e-12)
        XCTAssertEqual(coefficients[1], -0.5, accuracy: 1e-12)
    }

    func testDuplicatedInterceptIsAliased() {
        let qr = QRDecomposition(Matrix(columnList: [ones, x1, ones.map { $0 * 5 }, x2]))
        XCTAssertEqual(qr.keptColumns, [0, 1, 3])
        XCTAssertEqual(qr.aliasedColumns, [2])
    }

    func testNoMoreColumnsThanRowsAreKept() {
        let x = Matrix(rowMajor: [
            [1, 2, 0, 5, 1],
            [1, -1, 3, 0, 2],
            [1, 4, 1, 1, 3],
        ])
        let qr = QRDecomposition(x)
        XCTAssertEqual(qr.rank, 3)
        XCTAssertEqual(qr.keptColumns, [0, 1, 2])
        XCTAssertEqual(qr.aliasedColumns, [3, 4])
        // The kept square system is solved exactly: y = 2 column0 - column1 + 0.5 column2.
        let coefficients = qr.coefficients([0, 4.5, -1.5])
        for (estimate, expected) in zip(coefficients, [2.0, -1.0, 0.5]) { XCTAssertEqual(estimate, expected, accuracy: 1e-13) }
    }

    func testEmptyDesigns() {
        let noRows = QRDecomposition(Matrix(rows: 0, columns: 2))
        XCTAssertEqual(noRows.rank, 0)
        XCTAssertEqual(noRows.aliasedColumns, [0, 1])
        XCTAssertEqual(noRows.coefficients([]), [])
        let noColumns = QRDecomposition(Matrix(rows: 3, columns: 0))
        XCTAssertEqual(noColumns.rank, 0)
        XCTAssertEqual(noColumns.fitted([1, 2, 3]), [0, 0, 0])
    }
}
