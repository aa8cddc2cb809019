import XCTest
import GravityLinearAlgebra

/// Triangular solves and inversion against a system solved by hand.
final class TriangularSolveTests: XCTestCase {
    /// R = [[2, 1, -1], [0, 3, 2], [0, 0, 4]]; its inverse is
    /// [[1/2, -1/6, 5/24], [0, 1/3, -1/6], [0, 0, 1/4]].
    private let upper = Matrix(rowMajor: [[2, 1, -1], [0, 3, 2], [0, 0, 4]])

    func testUpperSolve() {
        // R (1, -2, 3) = (-3, 0, 12).
        XCTAssertEqual(solveUpperTriangular(upper, [-3, 0, 12]), [1, -2, 3])
    }

    func testLowerSolves() {
        let lower = upper.transposed
        // R' (1, -2, 3) = (2, -5, 7).
        XCTAssertEqual(solveLowerTriangular(lower, [2, -5, 7]), [1, -2, 3])
        XCTAssertEqual(solveLowerTriangularTransposed(lower, [-3, 0, 12]), [1, -2, 3])
    }

    func testUpperInverse() {
        let expected = Matrix(rowMajor: [[1.0 / 2, -1.0 / 6, 5.0 / 24], [0, 1.0 / 3, -1.0 / 6], [0, 0, 1.0 / 4]])
        assertMatrixEqual(invertUpperTriangular(upper), expected, accuracy: 1e-16)
    }

    func testOnlyTheRelevantTriangleIsRead() {
        var cluttered = upper
        cluttered[2, 0] = 99
        cluttered[1, 0] = -7
        XCTAssertEqual(solveUpperTriangular(cluttered, [-3, 0, 12]), [1, -2, 3])
        XCTAssertEqual(invertUpperTriangular(cluttered), invertUpperTriangular(upper))
    }
}
