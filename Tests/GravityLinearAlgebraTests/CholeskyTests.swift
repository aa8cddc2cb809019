import Foundation
import XCTest
import GravityLinearAlgebra

/// Cholesky factorisation against factors and inverses known in closed form.
final class CholeskyTests: XCTestCase {
    /// The worked example of the Cholesky article in most linear-algebra texts:
    /// A = L L' with L = [[2, 0, 0], [6, 1, 0], [-8, 5, 3]].
    private let textbook = Matrix(rowMajor: [[4, 12, -16], [12, 37, -43], [-16, -43, 98]])

    /// The symmetric Pascal matrix, whose Cholesky factor is the lower Pascal triangle of
    /// binomial coefficients and whose inverse is an integer matrix with determinant 1.
    private let pascal4 = Matrix(rowMajor: [[1, 1, 1, 1], [1, 2, 3, 4], [1, 3, 6, 10], [1, 4, 10, 20]])

    func testTextbookFactor() throws {
        let cholesky = try CholeskyDecomposition(textbook)
        assertMatrixEqual(cholesky.lower, Matrix(rowMajor: [[2, 0, 0], [6, 1, 0], [-8, 5, 3]]), accuracy: 1e-14)
        XCTAssertEqual(cholesky.logDeterminant, log(36), accuracy: 1e-14)
        // A (1, 2, 3) = (-20, -43, 192).
        let solution = cholesky.solve([-20, -43, 192])
        for (value, expected) in zip(solution, [1.0, 2, 3]) { XCTAssertEqual(value, expected, accuracy: 1e-13) }
    }

    func testPascalFactorAndInverse() throws {
        let cholesky = try CholeskyDecomposition(pascal4)
        assertMatrixEqual(cholesky.lower, Matrix(rowMajor: [[1, 0, 0, 0], [1, 1, 0, 0], [1, 2, 1, 0], [1, 3, 3, 1]]), accuracy: 0)
        XCTAssertEqual(cholesky.logDeterminant, 0, accuracy: 1e-15)
        let inverse = Matrix(rowMajor: [[4, -6, 4, -1], [-6, 14, -11, 3], [4, -11, 10, -3], [-1, 3, -3, 1]])
        assertMatrixEqual(cholesky.inverse(), inverse, accuracy: 1e-13)
    }

    func testHilbertInverseHasTheKnownIntegerEntries() throws {
        let inverse = try symmetricInverse(hilbert4)
        // The condition number of H4 is about 1.6e4, so about twelve digits survive.
        for j in 0..<4 {
            for i in 0..<4 {
                XCTAssertEqual(inverse[i, j], hilbert4Inverse[i, j], accuracy: 1e-9 * abs(hilbert4Inverse[i, j]))
                XCTAssertEqual(inverse[i, j], inverse[j, i])
            }
        }
        // det(H4) = 1 / 6 048 000.
        XCTAssertEqual(try CholeskyDecomposition(hilbert4).logDeterminant, -log(6_048_000), accuracy: 1e-11)
    }

    func testOnlyTheLowerTriangleIsRead() throws {
        var lowerOnly = textbook
        lowerOnly[0, 1] = .nan
        lowerOnly[0, 2] = 1e300
        lowerOnly[1, 2] = -7
        XCTAssertEqual(try CholeskyDecomposition(lowerOnly).lower, try CholeskyDecomposition(textbook).lower)
    }

    func testIndefiniteAndSemidefiniteMatricesThrow() {
        // Eigenvalues 3 and -1: the second pivot is 1 - 4 = -3.
        XCTAssertThrowsError(try CholeskyDecomposition(Matrix(rowMajor: [[1, 2], [2, 1]]))) { error in
            XCTAssertEqual(error as? LinearAlgebraError, .notPositiveDefinite(column: 1))
        }
        // Singular positive semi-definite: the third pivot vanishes.
        let semidefinite = Matrix(rowMajor: [[1, 1, 2], [1, 2, 3], [2, 3, 5]])
        XCTAssertThrowsError(try symmetricInverse(semidefinite)) { error in
            XCTAssertEqual(error as? LinearAlgebraError, .notPositiveDefinite(column: 2))
        }
        XCTAssertThrowsError(try CholeskyDecomposition(Matrix(rowMajor: [[-1]]))) { error in
            XCTAssertEqual(error as? LinearAlgebraError, .notPositiveDefinite(column: 0))
        }
    }

    func testNonSquareMatrixThrows() {
        XCTAssertThrowsError(try CholeskyDecomposition(Matrix(rows: 2, columns: 3))) { error in
            guard case .dimensionMismatch = error as? LinearAlgebraError else {
                return XCTFail("expected a dimension mismatch, got \(error)")
            }
        }
    }
}
