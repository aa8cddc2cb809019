import XCTest
import GravityLinearAlgebra

/// Pivoted Cholesky against R's `chol(a, pivot = TRUE)` (LAPACK `dpstrf`), whose output
/// (pivot, rank and factor, printed to 17 significant digits) is typed in below.
final class PivotedCholeskyTests: XCTestCase {
    func testRankDeficientMatrixMatchesR() {
        let factorisation = PivotedCholesky(rankThreeGram)
        XCTAssertEqual(factorisation.rank, 3)
        // R: attr(, "pivot") = 5 1 3 4 2, counted from one.
        XCTAssertEqual(factorisation.permutation, [4, 0, 2, 3, 1])
        // R: t(chol(a, pivot = TRUE)[1:3, ]).
        let expected = Matrix(rowMajor: [
            [3.6055512754639891, 0, 0],
            [-0.27735009811261457, 2.2744399141496183, 0],
            [-0.55470019622522915, 1.251364711130645, 1.7681612064641079],
            [-1.386750490563073, 0.49039968409173923, 0.91456614127453861],
            [1.6641005886756874, 0.86242703064409321, -1.2194215216993847],
        ])
        assertMatrixEqual(factorisation.lower, expected, accuracy: 1e-14)
    }

    func testPositiveDefiniteMatrixMatchesR() {
        let a = Matrix(rowMajor: [[4, 2, -2], [2, 10, 4], [-2, 4, 9]])
        let factorisation = PivotedCholesky(a)
        XCTAssertEqual(factorisation.rank, 3)
        XCTAssertEqual(factorisation.permutation, [1, 2, 0])
        let expected = Matrix(rowMajor: [
            [3.1622776601683795, 0, 0],
            [1.2649110640673518, 2.7202941017470885, 0],
            [0.63245553203367588, -1.0293004709313309, 1.5939073186796466],
        ])
        assertMatrixEqual(factorisation.lower, expected, accuracy: 1e-15)
    }

    func testFactorReproducesThePermutedMatrix() {
        let factorisation = PivotedCholesky(rankThreeGram)
        let order = factorisation.permutation
        let permuted = rankThreeGram.selecting(rows: order, columns: order)
        assertMatrixEqual(factorisation.lower * factorisation.lower.transposed, permuted, accuracy: 1e-13)
    }

    func testRankOneAndZeroMatrices() {
        // v v' with v = (1, 2, 3): the pivot is the largest diagonal, 9, and one step exhausts it.
        let v: [Double] = [1, 2, 3]
        let outer = Matrix(rowMajor: v.map { a in v.map { a * $0 } })
        let factorisation = PivotedCholesky(outer)
        XCTAssertEqual(factorisation.rank, 1)
        XCTAssertEqual(factorisation.permutation.first, 2)
        assertMatrixEqual(factorisation.lower, Matrix(rowMajor: [[3], [2], [1]]), accuracy: 1e-15)
        let zero = PivotedCholesky(Matrix(rows: 3, columns: 3))
        XCTAssertEqual(zero.rank, 0)
        XCTAssertEqual(zero.lower.columns, 0)
    }

    func testToleranceIsRelativeToTheLargestDiagonal() {
        // diag(1, 1e-8): the second pivot is 1e-8 of the first.
        let a = Matrix.diagonal([1e6, 1e-2])
        XCTAssertEqual(PivotedCholesky(a, tolerance: 1e-7).rank, 1)
        XCTAssertEqual(PivotedCholesky(a, tolerance: 1e-9).rank, 2)
    }
}
