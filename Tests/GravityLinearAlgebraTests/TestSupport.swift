import XCTest
import GravityLinearAlgebra

/// Asserts that two matrices have the same shape and agree entry by entry within `accuracy`.
func assertMatrixEqual(
    _ actual: Matrix, _ expected: Matrix, accuracy: Double,
    file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(actual.rows, expected.rows, "row count", file: file, line: line)
    XCTAssertEqual(actual.columns, expected.columns, "column count", file: file, line: line)
    guard actual.rows == expected.rows, actual.columns == expected.columns else { return }
    for j in 0..<actual.columns {
        for i in 0..<actual.rows {
            XCTAssertEqual(actual[i, j], expected[i, j], accuracy: accuracy, "entry (\(i), \(j))", file: file, line: line)
        }
    }
}

/// The 4 by 4 Hilbert matrix, entries 1 / (i + j + 1).
let hilbert4 = Matrix(rowMajor: (0..<4).map { i in (0..<4).map { j in 1 / Double(i + j + 1) } })

/// The exact inverse of the 4 by 4 Hilbert matrix (an integer matrix; Hilbert 1894, and e.g.
/// Higham, *Accuracy and Stability of Numerical Algorithms*, section 28.1).
let hilbert4Inverse = Matrix(rowMajor: [
    [16, -120, 240, -140],
    [-120, 1200, -2700, 1680],
    [240, -2700, 6480, -4200],
    [-140, 1680, -4200, 2800],
])

/// A 5 by 5 positive semi-definite matrix of rank 3, `B B'` with
/// B = [[1, 0.5, 2], [2, -1, 0], [0, 2, 1], [-1, 1, 1], [3, 0, -2]]; every entry is exact.
let rankThreeGram = Matrix(rowMajor: [
    [5.25, 1.5, 3, 1.5, -1],
    [1.5, 5, -2, -3, 6],
    [3, -2, 5, 3, -2],
    [1.5, -3, 3, 3, -5],
    [-1, 6, -2, -5, 13],
])
