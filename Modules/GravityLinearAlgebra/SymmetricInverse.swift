/// The inverse of a symmetric positive-definite matrix, through its Cholesky factorisation.
///
/// - Throws: `LinearAlgebraError.notPositiveDefinite` when `a` is not numerically positive
///   definite, and `LinearAlgebraError.dimensionMismatch` when it is not square.
public func symmetricInverse(_ a: Matrix) throws -> Matrix {
    try CholeskyDecomposition(a).inverse()
}

/// The Moore-Penrose inverse of a symmetric matrix, through its eigen-decomposition.
///
/// Eigenvalues whose magnitude is not above `tolerance` times the largest magnitude are treated
/// as zero; the others, negative ones included, are inverted. This is the generalised inverse
/// used for Hausman-type statistics whose covariance difference need not be positive definite.
///
/// - Parameters:
///   - a: A square symmetric matrix (the average of its two triangles is used).
///   - tolerance: The relative size below which an eigenvalue is dropped.
/// - Returns: The generalised inverse and the number of eigenvalues kept.
public func generalizedInverse(_ a: Matrix, tolerance: Double = 1e-10) -> (inverse: Matrix, rank: Int) {
    precondition(a.rows == a.columns, "A generalised inverse of a symmetric matrix needs a square matrix, got \(a.rows)x\(a.columns)")
    let eigen = SymmetricEigenDecomposition(symmetric: a)
    let n = a.rows
    let threshold = tolerance * (eigen.values.map { abs($0) }.max() ?? 0)
    var inverse = Matrix(rows: n, columns: n)
    var rank = 0
    for (k, value) in eigen.values.enumerated() where abs(value) > threshold {
        rank += 1
        let vector = eigen.vectors.column(k)
        for j in 0..<n {
            let weight = vector[j] / value
            for i in 0...j { inverse[i, j] += vector[i] * weight }
        }
    }
    for j in 0..<n {
        for i in 0..<j { inverse[j, i] = inverse[i, j] }
    }
    return (inverse, rank)
}
