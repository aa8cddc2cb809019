/// A rank-revealing Cholesky factorisation with symmetric pivoting, `P'AP = L L'`, of a
/// symmetric positive semi-definite matrix.
///
/// At every step the remaining diagonal entry of largest value becomes the pivot, and the
/// factorisation stops when no remaining diagonal exceeds `tolerance` times the largest
/// diagonal of `A`. The number of steps taken is the numerical rank; the first `rank` pivots
/// name a set of linearly independent rows and columns.
public struct PivotedCholesky: Sendable {
    /// The numerical rank: the number of pivots taken.
    public let rank: Int
    /// The pivot order: `permutation[k]` is the original index of the `k`-th pivot. All indices
    /// appear once; those after the first `rank` are the dependent ones.
    public let permutation: [Int]
    /// The `n` by `rank` lower-trapezoidal factor `L`, rows in pivot order, so that entry
    /// `(permutation[i], permutation[j])` of `A` is approximately row `i` of `L` times row `j`.
    public let lower: Matrix

    /// Factors the symmetric positive semi-definite matrix `a`, reading only its lower triangle.
    ///
    /// - Parameters:
    ///   - a: A square symmetric matrix.
    ///   - tolerance: Pivots not above `tolerance` times the largest diagonal entry of `a` end
    ///     the factorisation.
    public init(_ a: Matrix, tolerance: Double = 1e-10) {
        precondition(a.rows == a.columns, "A pivoted Cholesky factorisation needs a square matrix, got \(a.rows)x\(a.columns)")
        let n = a.rows
        var order = Array(0..<n)
        var remaining = a.diagonalEntries
        let threshold = tolerance * (remaining.max() ?? 0)
        var factor = Matrix(rows: n, columns: n)
        var rank = 0
        while rank < n {
            let j = rank
            var pivot = j
            for i in (j + 1)..<n where remaining[i] > remaining[pivot] { pivot = i }
            guard remaining[pivot] > threshold, remaining[pivot] > 0, remaining[pivot].isFinite else { break }
            if pivot != j {
                order.swapAt(j, pivot)
                remaining.swapAt(j, pivot)
                for k in 0..<j {
                    let saved = factor[j, k]
                    factor[j, k] = factor[pivot, k]
                    factor[pivot, k] = saved
                }
            }
            let root = remaining[j].squareRoot()
            factor[j, j] = root
            for i in (j + 1)..<n {
                let (row, column) = order[i] >= order[j] ? (order[i], order[j]) : (order[j], order[i])
                var value = a[row, column]
                for k in 0..<j { value -= factor[i, k] * factor[j, k] }
                value /= root
                factor[i, j] = value
                remaining[i] -= value * value
            }
            rank += 1
        }
        self.rank = rank
        self.permutation = order
        self.lower = factor.selectingColumns(Array(0..<rank))
    }
}
