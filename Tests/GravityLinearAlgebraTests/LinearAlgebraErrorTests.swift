import XCTest
import GravityLinearAlgebra

/// The error descriptions are plain sentences that carry the details of the failure.
final class LinearAlgebraErrorTests: XCTestCase {
    func testDescriptions() {
        XCTAssertEqual(
            LinearAlgebraError.notPositiveDefinite(column: 2).description,
            "The matrix is not positive definite: the Cholesky factorisation found a non-positive pivot in column 3, counting from one.")
        XCTAssertEqual(
            LinearAlgebraError.singular(rank: 2, size: 4).description,
            "The 4 by 4 matrix is singular: its rank is only 2.")
        XCTAssertEqual(
            LinearAlgebraError.dimensionMismatch("expected 3 rows, got 2").description,
            "The dimensions do not match: expected 3 rows, got 2.")
    }
}
