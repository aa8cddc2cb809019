import GravityLinearAlgebra

/// The varimax rotation of a loading matrix, computed as R's `stats::varimax`.
///
/// With Kaiser normalisation (the default) each row is divided by its length before rotating and
/// multiplied back afterwards. Each iteration forms `B = X'(Z^3 - Z diag(colSums(Z^2)) / p)` for
/// `Z = X T` and replaces `T` by the orthogonal polar factor of `B`; iteration stops when the sum
/// of the singular values of `B` grows by less than a relative `tolerance` (1e-5, as R).
///
/// The rotated components are then ordered by their sums of squared loadings, largest first (as
/// psych's `principal`), and follow ``SignConvention``; ``rotation`` is permuted and signed to
/// match, so that `loadings = unrotated * rotation` holds.
public struct VarimaxRotation: Sendable {
    /// The rotated loadings, `p` by `k`.
    public let loadings: Matrix
    /// The orthogonal `k` by `k` matrix taking the unrotated loadings to ``loadings``.
    public let rotation: Matrix
    /// Number of iterations taken.
    public let iterations: Int

    /// Rotates `unrotated` (`p` variables by `k` components); one component is returned unchanged.
    public init(_ unrotated: Matrix, normalize: Bool = true, tolerance: Double = 1e-5, maximumIterations: Int = 1000) {
        let p = unrotated.rows, k = unrotated.columns
        guard k >= 2 else {
            let sign: Double = k == 1 && SignConvention.needsFlip(unrotated, column: 0) ? -1 : 1
            loadings = sign * unrotated
            rotation = Matrix.diagonal([Double](repeating: sign, count: k))
            iterations = 0
            return
        }
        var x = unrotated
        var rowLength = [Double](repeating: 1, count: p)
        if normalize {
            for i in 0..<p {
                let length = (0..<k).reduce(0.0) { $0 + x[i, $1] * x[i, $1] }.squareRoot()
                guard length > 0 else { continue }
                rowLength[i] = length
                for j in 0..<k { x[i, j] /= length }
            }
        }
        let xt = x.transposed
        var t = Matrix.identity(k)
        var criterion = 0.0
        var iteration = 0
        while iteration < maximumIterations {
            iteration += 1
            let z = x * t
            var target = Matrix(rows: p, columns: k)
            for j in 0..<k {
                let columnSquares = (0..<p).reduce(0.0) { $0 + z[$1, j] * z[$1, j] } / Double(p)
                for i in 0..<p { target[i, j] = z[i, j] * z[i, j] * z[i, j] - z[i, j] * columnSquares }
            }
            let polar = PolarFactor(xt * target)
            t = polar.orthogonal
            let previous = criterion
            criterion = polar.singularValueSum
            if criterion < previous * (1 + tolerance) { break }
        }
        var rotated = x * t
        for i in 0..<p {
            for j in 0..<k { rotated[i, j] *= rowLength[i] }
        }
        let sumsOfSquares = (0..<k).map { j in (0..<p).reduce(0.0) { $0 + rotated[$1, j] * rotated[$1, j] } }
        let order = (0..<k).sorted { sumsOfSquares[$0] != sumsOfSquares[$1] ? sumsOfSquares[$0] > sumsOfSquares[$1] : $0 < $1 }
        var ordered = rotated.selectingColumns(order)
        var orderedRotation = t.selectingColumns(order)
        for j in 0..<k where SignConvention.needsFlip(ordered, column: j) {
            for i in 0..<p { ordered[i, j] = -ordered[i, j] }
            for i in 0..<k { orderedRotation[i, j] = -orderedRotation[i, j] }
        }
        loadings = ordered
        rotation = orderedRotation
        iterations = iteration
    }

    /// The sum of squared loadings of each rotated component.
    public var sumsOfSquares: [Double] {
        (0..<loadings.columns).map { j in (0..<loadings.rows).reduce(0.0) { $0 + loadings[$1, j] * loadings[$1, j] } }
    }

    /// The share of the total variance of the `p` standardised indicators carried by each rotated component.
    public var proportions: [Double] {
        sumsOfSquares.map { $0 / Double(loadings.rows) }
    }
}
