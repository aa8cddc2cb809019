import Foundation
import XCTest
import GravityLinearAlgebra

/// Symmetric eigen-decomposition against eigenvalues and eigenvectors known in closed form.
final class SymmetricEigenTests: XCTestCase {
    /// Checks orthonormality of the vectors, A v = lambda v, and descending order.
    private func assertValidDecomposition(
        _ a: Matrix, _ eigen: SymmetricEigenDecomposition, accuracy: Double,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let n = a.rows
        XCTAssertEqual(eigen.values.count, n, file: file, line: line)
        XCTAssertEqual(eigen.values, eigen.values.sorted(by: >), "descending order", file: file, line: line)
        assertMatrixEqual(eigen.vectors.crossProduct(), .identity(n), accuracy: accuracy, file: file, line: line)
        let scale = max(eigen.values.map { abs($0) }.max() ?? 0, 1)
        for j in 0..<n {
            let v = eigen.vectors.column(j)
            let image = a * v
            for i in 0..<n {
                XCTAssertEqual(image[i], eigen.values[j] * v[i], accuracy: accuracy * scale, file: file, line: line)
            }
        }
    }

    func testTridiagonalToeplitzHasClosedFormSpectrum() throws {
        // tridiag(-1, 2, -1) of order n: eigenvalues 2 - 2 cos(k pi / (n + 1)) with eigenvectors
        // sin(i k pi / (n + 1)), i = 1 ... n (e.g. Strang, Introduction to Applied Mathematics).
        for n in [2, 3, 10, 50] {
            var a = Matrix(rows: n, columns: n)
            for i in 0..<n {
                a[i, i] = 2
                if i + 1 < n {
                    a[i, i + 1] = -1
                    a[i + 1, i] = -1
                }
            }
            let eigen = try SymmetricEigenDecomposition(a)
            assertValidDecomposition(a, eigen, accuracy: 1e-13)
            let angle = Double.pi / Double(n + 1)
            for j in 0..<n {
                // Descending order: position j holds k = n - j.
                let k = Double(n - j)
                XCTAssertEqual(eigen.values[j], 2 - 2 * cos(k * angle), accuracy: 1e-14, "n = \(n), k = \(k)")
                let exact = (1...n).map { sin(Double($0) * k * angle) }
                let exactNorm = exact.reduce(0) { $0 + $1 * $1 }.squareRoot()
                let alignment = zip(exact, eigen.vectors.column(j)).reduce(0) { $0 + $1.0 * $1.1 } / exactNorm
                XCTAssertEqual(abs(alignment), 1, accuracy: 1e-12, "n = \(n), k = \(k)")
            }
        }
    }

    func testTextbookThreeByThree() throws {
        // A standard exercise: eigenvalues 8, 6 and 3, with eigenvectors along (1, -1, 0),
        // (1, 1, -2) and (1, 1, 1).
        let a = Matrix(rowMajor: [[6, -2, -1], [-2, 6, -1], [-1, -1, 5]])
        let eigen = try SymmetricEigenDecomposition(a)
        assertValidDecomposition(a, eigen, accuracy: 1e-14)
        for (value, expected) in zip(eigen.values, [8.0, 6, 3]) { XCTAssertEqual(value, expected, accuracy: 1e-14) }
        let directions: [[Double]] = [[1, -1, 0], [1, 1, -2], [1, 1, 1]]
        for (j, direction) in directions.enumerated() {
            let norm = direction.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let alignment = zip(direction, eigen.vectors.column(j)).reduce(0) { $0 + $1.0 * $1.1 } / norm
            XCTAssertEqual(abs(alignment), 1, accuracy: 1e-14)
        }
    }

    func testRepeatedEigenvalues() throws {
        // Q diag(5, 5, 2, 2, 2, -1) Q' with the Householder reflection Q = I - 2 w w' / w'w.
        let w: [Double] = [1, -2, 0.5, 3, -1, 2]
        let wSquared = w.reduce(0) { $0 + $1 * $1 }
        let q = Matrix(rowMajor: (0..<6).map { i in (0..<6).map { j in (i == j ? 1 : 0) - 2 * w[i] * w[j] / wSquared } })
        let spectrum: [Double] = [5, 5, 2, 2, 2, -1]
        let a = q * Matrix.diagonal(spectrum) * q.transposed
        let eigen = try SymmetricEigenDecomposition(a)
        assertValidDecomposition(a, eigen, accuracy: 1e-13)
        for (value, expected) in zip(eigen.values, spectrum) { XCTAssertEqual(value, expected, accuracy: 1e-13) }
        // The eigenvectors of the double eigenvalue 5 span the first two columns of Q.
        let projector = eigen.vectors.selectingColumns([0, 1]) * eigen.vectors.selectingColumns([0, 1]).transposed
        let expectedProjector = q.selectingColumns([0, 1]) * q.selectingColumns([0, 1]).transposed
        assertMatrixEqual(projector, expectedProjector, accuracy: 1e-13)
    }

    func testMultipleOfIdentityAndDiagonalMatrices() throws {
        let scaledIdentity = 3 * Matrix.identity(4)
        let identityEigen = try SymmetricEigenDecomposition(scaledIdentity)
        XCTAssertEqual(identityEigen.values, [3, 3, 3, 3])
        assertValidDecomposition(scaledIdentity, identityEigen, accuracy: 1e-15)
        let diagonal = Matrix.diagonal([1, -4, 7, 0])
        let diagonalEigen = try SymmetricEigenDecomposition(diagonal)
        XCTAssertEqual(diagonalEigen.values, [7, 1, 0, -4])
        for (j, position) in [2, 0, 3, 1].enumerated() { XCTAssertEqual(abs(diagonalEigen.vectors[position, j]), 1) }
    }

    func testDenseMatrixMatchesRAndPreservesInvariants() throws {
        // A deterministic dense symmetric 50 by 50 matrix, compared with R's
        // eigen(a, symmetric = TRUE) (LAPACK dsyevr) printed to 17 digits; the trace and the
        // Frobenius norm are the sum of the eigenvalues and the root of the sum of their squares.
        let n = 50
        var a = Matrix(rows: n, columns: n)
        for j in 0..<n {
            for i in 0...j {
                let value = sin(Double(3 * i + 7 * j + 1)) + (i == j ? Double(i % 5) : 0)
                a[i, j] = value
                a[j, i] = value
            }
        }
        let eigen = try SymmetricEigenDecomposition(a)
        assertValidDecomposition(a, eigen, accuracy: 1e-13)
        let fromR: [Int: Double] = [
            0: 19.117690642507384, 1: 17.381961040203191, 2: 8.1400695742461568, 24: 1.9373894981063877,
            47: -4.1972769095980134, 48: -13.22937694244828, 49: -15.278328185452654,
        ]
        for (position, value) in fromR { XCTAssertEqual(eigen.values[position], value, accuracy: 1e-13 * 20) }
        let trace = (0..<n).reduce(0) { $0 + a[$1, $1] }
        XCTAssertEqual(eigen.values.reduce(0, +), trace, accuracy: 1e-12 * Double(n))
        let frobeniusSquared = a.values.reduce(0) { $0 + $1 * $1 }
        XCTAssertEqual(eigen.values.reduce(0) { $0 + $1 * $1 }, frobeniusSquared, accuracy: 1e-12 * frobeniusSquared)
    }

    func testSmallAndDegenerateSizes() throws {
        let single = try SymmetricEigenDecomposition(Matrix(rowMajor: [[-2.5]]))
        XCTAssertEqual(single.values, [-2.5])
        XCTAssertEqual(abs(single.vectors[0, 0]), 1)
        // [[2, 1], [1, 2]]: eigenvalues 3 and 1 with vectors (1, 1) / sqrt 2 and (1, -1) / sqrt 2.
        let pair = try SymmetricEigenDecomposition(Matrix(rowMajor: [[2, 1], [1, 2]]))
        XCTAssertEqual(pair.values[0], 3, accuracy: 1e-15)
        XCTAssertEqual(pair.values[1], 1, accuracy: 1e-15)
        XCTAssertEqual(abs(pair.vectors[0, 0]), 1 / 2.0.squareRoot(), accuracy: 1e-15)
        let zero = try SymmetricEigenDecomposition(Matrix(rows: 3, columns: 3))
        XCTAssertEqual(zero.values, [0, 0, 0])
        let empty = try SymmetricEigenDecomposition(Matrix(rows: 0, columns: 0))
        XCTAssertEqual(empty.values, [])
    }

    func testNonSquareMatrixThrows() {
        XCTAssertThrowsError(try SymmetricEigenDecomposition(Matrix(rows: 3, columns: 2))) { error in
            guard case .dimensionMismatch = error as? LinearAlgebraError else {
                return XCTFail("expected a dimension mismatch, got \(error)")
            }
        }
    }
}
