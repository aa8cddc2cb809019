import GravityLinearAlgebra

/// The orthogonal polar factor `U V'` of a small square matrix `B = U S V'`, with the sum of its
/// singular values, from a one-sided Jacobi singular value decomposition.
///
/// One-sided Jacobi rotates pairs of columns of `B V` until they are mutually orthogonal; the
/// columns' lengths are then the singular values to high relative accuracy.
struct PolarFactor {
    /// The orthogonal factor `U V'`.
    let orthogonal: Matrix
    /// The sum of the singular values of `B`.
    let singularValueSum: Double

    /// Decomposes the square matrix `b`.
    init(_ b: Matrix) {
        let k = b.columns
        var a = b
        var v = Matrix.identity(k)
        for _ in 0..<60 {
            var rotated = false
            for i in 0..<k {
                for j in (i + 1)..<k {
                    var alpha = 0.0, beta = 0.0, gamma = 0.0
                    for r in 0..<k {
                        alpha += a[r, i] * a[r, i]
                        beta += a[r, j] * a[r, j]
                        gamma += a[r, i] * a[r, j]
                    }
                    guard abs(gamma) > Double.ulpOfOne * (alpha * beta).squareRoot() else { continue }
                    rotated = true
                    let zeta = (beta - alpha) / (2 * gamma)
                    let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = c * t
                    for r in 0..<k {
                        let (ai, aj) = (a[r, i], a[r, j])
                        a[r, i] = c * ai - s * aj
                        a[r, j] = s * ai + c * aj
                        let (vi, vj) = (v[r, i], v[r, j])
                        v[r, i] = c * vi - s * vj
                        v[r, j] = s * vi + c * vj
                    }
                }
            }
            if !rotated { break }
        }
        var orthogonal = Matrix(rows: k, columns: k)
        var total = 0.0
        for j in 0..<k {
            var norm = 0.0
            for r in 0..<k { norm += a[r, j] * a[r, j] }
            norm = norm.squareRoot()
            total += norm
            guard norm > 0 else { continue }
            for col in 0..<k {
                for r in 0..<k { orthogonal[r, col] += a[r, j] / norm * v[col, j] }
            }
        }
        self.orthogonal = orthogonal
        singularValueSum = total
    }
}
