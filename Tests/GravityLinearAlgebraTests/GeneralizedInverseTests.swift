import XCTest
import GravityLinearAlgebra

/// The Moore-Penrose inverse of symmetric matrices, against R's `MASS::ginv` (an SVD-based
/// pseudo-inverse, output typed in to 17 significant digits), closed forms, and the four
/// Penrose conditions.
final class GeneralizedInverseTests: XCTestCase {
    func testRankDeficientMatrixMatchesMASSGinv() {
        let (inverse, rank) = generalizedInverse(rankThreeGram)
        XCTAssertEqual(rank, 3)
        let expected = Matrix(rowMajor: [
            [0.11609066609444454, 0.079830945705769027, -0.011951354906726212, -0.0018278762321044598, -0.039827027228750436],
            [0.079830945705768958, 0.086785682631350614, -0.063330052386305791, -0.025173789120628433, -0.04217475474532234],
            [-0.011951354906726233, -0.063330052386305888, 0.12550788593499976, 0.04152186183636622, 0.078043000620425462],
            [-0.0018278762321044389, -0.02517378912062844, 0.041521861836366185, 0.017966403724419086, 0.011717552444616492],
            [-0.039827027228750402, -0.042174754745322354, 0.078043000620425435, 0.011717552444616506, 0.10116556031888937],
        ])
        assertMatrixEqual(inverse, expected, accuracy: 1e-14)
    }

    func testPenroseConditions() {
        let a = rankThreeGram
        let (g, _) = generalizedInverse(a)
        assertMatrixEqual(a * g * a, a, accuracy: 1e-12)
        assertMatrixEqual(g * a * g, g, accuracy: 1e-14)
        let ag = a * g, ga = g * a
        assertMatrixEqual(ag, ag.transposed, accuracy: 1e-14)
        assertMatrixEqual(ga, ga.transposed, accuracy: 1e-14)
        assertMatrixEqual(g, g.transposed, accuracy: 0)
    }

    func testRankOneClosedForm() {
        // (v v')^+ = v v' / |v|^4.
        let v: [Double] = [1, -2, 2]
        let outer = Matrix(rowMajor: v.map { a in v.map { a * $0 } })
        let (inverse, rank) = generalizedInverse(outer)
        XCTAssertEqual(rank, 1)
        assertMatrixEqual(inverse, (1.0 / 81) * outer, accuracy: 1e-16)
    }

    func testNonSingularMatricesGiveTheOrdinaryInverse() {
        let (hilbert, hilbertRank) = generalizedInverse(hilbert4)
        XCTAssertEqual(hilbertRank, 4)
        for j in 0..<4 {
            for i in 0..<4 {
                XCTAssertEqual(hilbert[i, j], hilbert4Inverse[i, j], accuracy: 1e-9 * abs(hilbert4Inverse[i, j]))
            }
        }
        // Indefinite: the exchange matrix is its own inverse, eigenvalues 1 and -1.
        let exchange = Matrix(rowMajor: [[0, 1], [1, 0]])
        let (inverse, rank) = generalizedInverse(exchange)
        XCTAssertEqual(rank, 2)
        assertMatrixEqual(inverse, exchange, accuracy: 1e-15)
    }

    func testToleranceDropsSmallEigenvalues() {
        let a = Matrix.diagonal([2, 1e-12, -4])
        let (coarse, coarseRank) = generalizedInverse(a)
        XCTAssertEqual(coarseRank, 2)
        assertMatrixEqual(coarse, Matrix.diagonal([0.5, 0, -0.25]), accuracy: 1e-16)
        XCTAssertEqual(generalizedInverse(a, tolerance: 1e-14).rank, 3)
        XCTAssertEqual(generalizedInverse(Matrix(rows: 2, columns: 2)).rank, 0)
    }
}
