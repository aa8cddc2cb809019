/// The eigen-decomposition `A = V diag(values) V'` of a real symmetric matrix.
///
/// Computed by Householder tridiagonalisation followed by implicit QR iteration with Wilkinson
/// shifts. Eigenvectors are orthonormal; their signs are whatever the iteration produced.
public struct SymmetricEigenDecomposition: Sendable {
    /// The eigenvalues, in descending order.
    public let values: [Double]
    /// The eigenvectors: column `j` is the unit eigenvector belonging to `values[j]`.
    public let vectors: Matrix

    /// Decomposes the symmetric matrix `a`; the average of its two triangles is used, so a
    /// matrix that is symmetric only up to rounding is accepted.
    ///
    /// - Throws: `LinearAlgebraError.dimensionMismatch` when `a` is not square.
    public init(_ a: Matrix) throws {
        guard a.rows == a.columns else {
            throw LinearAlgebraError.dimensionMismatch("an eigen-decomposition needs a square matrix, got \(a.rows) by \(a.columns)")
        }
        self.init(symmetric: a)
    }

    /// Decomposes a matrix already known to be square.
    init(symmetric a: Matrix) {
        var tridiagonal = SymmetricTridiagonal(reducing: a)
        tridiagonal.diagonalize()
        let order = tridiagonal.diagonal.indices.sorted { tridiagonal.diagonal[$0] > tridiagonal.diagonal[$1] }
        values = order.map { tridiagonal.diagonal[$0] }
        vectors = tridiagonal.basis.selectingColumns(order)
    }
}
