/// Cross-products `X'WX` of columns stored column-major, in one pass over the rows, and the
/// choice of linearly independent columns from them.
package enum GramMatrix {
    /// The `count` by `count` matrix of weighted cross-products `sum_i w_i x_ia x_ib` of the
    /// columns in `values` (`rows` entries each, column-major); `weights` nil means one.
    ///
    /// The rows are read once, in blocks spread across processor cores (``RowBlocks``: the
    /// result does not depend on the number of cores); nothing is copied.
    package static func crossProducts(_ values: UnsafeBufferPointer<Double>, rows: Int, count: Int,
                                      weights: UnsafeBufferPointer<Double>?) -> Matrix {
        precondition(rows > 0 && values.count >= rows * count, "The buffer holds \(values.count) values, fewer than \(rows) x \(count)")
        let pairs = count * (count + 1) / 2
        let shared = SharedColumns(base: UnsafeMutablePointer(mutating: values.baseAddress!), rows: rows)
        let sharedWeights = weights.map { SharedColumns(base: UnsafeMutablePointer(mutating: $0.baseAddress!), rows: rows) }
        let sums = RowBlocks.sweep(0..<rows, partialCount: pairs) { block, partial in
            var slot = 0
            for a in 0..<count {
                let xa = UnsafePointer(shared.pointer(row: block.lowerBound, column: a))
                for b in 0...a {
                    let xb = UnsafePointer(shared.pointer(row: block.lowerBound, column: b))
                    if let sharedWeights {
                        let wb = sharedWeights.pointer(row: block.lowerBound, column: 0)
                        var sum = 0.0
                        for i in 0..<block.count { sum += wb[i] * xa[i] * xb[i] }
                        partial[slot] = sum
                    } else {
                        partial[slot] = VectorKernels.dot(xa, xb, count: block.count)
                    }
                    slot += 1
                }
            }
        }
        return symmetric(packedLowerTriangle: sums, size: count)
    }

    /// The symmetric `size` by `size` matrix whose lower triangle is `packed`, row by row
    /// (`(0,0), (1,0), (1,1), (2,0), ...`), as the sweeps here accumulate it.
    package static func symmetric(packedLowerTriangle packed: [Double], size: Int) -> Matrix {
        precondition(packed.count == size * (size + 1) / 2, "A packed triangle of \(size) rows holds \(size * (size + 1) / 2) values")
        var matrix = Matrix(rows: size, columns: size)
        var slot = 0
        for a in 0..<size {
            for b in 0...a {
                matrix[a, b] = packed[slot]
                matrix[b, a] = packed[slot]
                slot += 1
            }
        }
        return matrix
    }

    /// The sum of squares of each of `count` columns of `values` (the diagonal of
    /// ``crossProducts(_:rows:count:weights:)`` without weights), in one pass on every core.
    package static func squaredNorms(_ values: UnsafeBufferPointer<Double>, rows: Int, count: Int) -> [Double] {
        precondition(rows > 0 && values.count >= rows * count, "The buffer holds \(values.count) values, fewer than \(rows) x \(count)")
        let shared = SharedColumns(base: UnsafeMutablePointer(mutating: values.baseAddress!), rows: rows)
        return RowBlocks.sweep(0..<rows, partialCount: count) { block, partial in
            for j in 0..<count {
                let x = UnsafePointer(shared.pointer(row: block.lowerBound, column: j))
                partial[j] = VectorKernels.dot(x, x, count: block.count)
            }
        }
    }

    /// The columns of a Gram matrix `a = X'WX` that are linearly independent, taken in order: a
    /// Cholesky factorisation without pivoting that skips column `j` when what remains of its
    /// diagonal after the columns kept before it is not above `tolerance` times `a[j, j]` (or
    /// when `a[j, j]` is not positive). Of two collinear columns the later is skipped, as the
    /// limited pivoting of ``QRDecomposition`` does; the remaining diagonal is a squared norm,
    /// so `tolerance` 1e-10 keeps a column whose part independent of the earlier ones is above
    /// 1e-5 of its norm. (``PivotedCholesky`` picks the largest pivot first and would not keep
    /// the order.)
    package static func independentColumns(of a: Matrix, tolerance: Double) -> [Int] {
        let p = a.rows
        var factor = Matrix(rows: p, columns: p)
        var kept: [Int] = []
        for j in 0..<p {
            let diagonal = a[j, j]
            guard diagonal > 0, diagonal.isFinite else { continue }
            var remaining = diagonal
            for k in kept.indices { remaining -= factor[j, k] * factor[j, k] }
            guard remaining > tolerance * diagonal else { continue }
            let root = remaining.squareRoot(), position = kept.count
            factor[j, position] = root
            for i in (j + 1)..<p {
                var value = a[i, j]
                for k in 0..<position { value -= factor[i, k] * factor[j, k] }
                factor[i, position] = value / root
            }
            kept.append(j)
        }
        return kept
    }
}
