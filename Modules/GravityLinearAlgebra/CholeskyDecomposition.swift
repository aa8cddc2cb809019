import Foundation

/// The Cholesky factorisation `A = L L'` of a symmetric positive-definite matrix.
public struct CholeskyDecomposition: Sendable {
    /// The lower-triangular factor `L`, with a positive diagonal and zeros above it.
    public let lower: Matrix

    /// Factors the symmetric positive-definite matrix `a`, reading only its lower triangle.
    ///
    /// - Throws: `LinearAlgebraError.dimensionMismatch` when `a` is not square, and
    ///   `LinearAlgebraError.notPositiveDefinite` at the first column whose pivot is not
    ///   positive (or not finite).
    public init(_ a: Matrix) throws {
        guard a.rows == a.columns else {
            throw LinearAlgebraError.dimensionMismatch("a Cholesky factorisation needs a square matrix, got \(a.rows) by \(a.columns)")
        }
        let n = a.rows
        var l = Matrix(rows: n, columns: n)
        var failedColumn: Int?
        a.values.withUnsafeBufferPointer { source in
            l.values.withUnsafeMutableBufferPointer { factor in
                for j in 0..<n {
                    // Column j of L: subtract the contributions of the earlier columns, then scale.
                    let column = j * n
                    for i in j..<n { factor[column + i] = source[column + i] }
                    for k in 0..<j {
                        let earlier = k * n
                        let weight = factor[earlier + j]
                        if weight == 0 { continue }
                        for i in j..<n { factor[column + i] -= weight * factor[earlier + i] }
                    }
                    let pivot = factor[column + j]
                    guard pivot > 0, pivot.isFinite else {
                        failedColumn = j
                        return
                    }
                    let root = pivot.squareRoot()
                    factor[column + j] = root
                    for i in (j + 1)..<n { factor[column + i] /= root }
                }
            }
        }
        if let failedColumn { throw LinearAlgebraError.notPositiveDefinite(column: failedColumn) }
        lower = l
    }

    /// Solves `A x = b` by a forward and a backward triangular solve.
    public func solve(_ b: [Double]) -> [Double] {
        solveLowerTriangularTransposed(lower, solveLowerTriangular(lower, b))
    }

    /// The inverse `A^{-1} = L^{-T} L^{-1}`, exactly symmetric.
    public func inverse() -> Matrix {
        inverseOfGram(upper: lower.transposed)
    }

    /// The natural logarithm of the determinant of `A`, twice the sum of the logs of the diagonal of `L`.
    public var logDeterminant: Double {
        2 * lower.diagonalEntries.reduce(0) { $0 + log($1) }
    }
}
