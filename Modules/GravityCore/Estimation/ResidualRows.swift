import GravityLinearAlgebra

/// The residuals of a linear fit, computed row by row from the columns it was fitted on instead
/// of being stored: `e_i = y_i - sum_j b_j x_ij`, with the response first in a column-major
/// buffer and the regressors after it. Observation weights `w_i` (least-squares weights, or
/// the working weights of IRLS) enter the sums as `w_i e_i^2` and the scores as `w_i x_i e_i`.
///
/// It holds the buffer by reference (no copy); a caller that mutates its own copy of the buffer
/// while this value lives makes Swift copy it, so release the fit first.
public struct ResidualRows: Sendable {
    /// The response then every regressor, `rowCount` values each.
    public let columns: [Double]
    /// Number of rows.
    public let rowCount: Int
    /// Regressor indices (column `1 + j` of the buffer) that carry a coefficient, in order.
    public let keptColumns: [Int]
    /// Coefficients of ``keptColumns``.
    public let coefficients: [Double]
    /// Observation weights (nil: one).
    public let weights: [Double]?

    /// Residuals of `coefficients` on the regressors `keptColumns` of `columns`.
    public init(columns: [Double], rowCount: Int, keptColumns: [Int], coefficients: [Double], weights: [Double]?) {
        precondition(keptColumns.count == coefficients.count, "One coefficient per kept column")
        precondition(keptColumns.allSatisfy { columns.count >= rowCount * ($0 + 2) }, "A kept column lies outside the buffer")
        precondition(weights == nil || weights!.count == rowCount, "One weight per row")
        self.columns = columns
        self.rowCount = rowCount
        self.keptColumns = keptColumns
        self.coefficients = coefficients
        self.weights = weights
    }

    /// Number of coefficients.
    public var columnCount: Int { keptColumns.count }

    /// Calls `body` with the buffer, the offset of each kept column in it and the weights.
    func withColumns<R>(_ body: (UnsafePointer<Double>, [Int], UnsafePointer<Double>?) -> R) -> R {
        let offsets = keptColumns.map { ($0 + 1) * rowCount }
        return columns.withUnsafeBufferPointer { c in
            if let weights {
                return weights.withUnsafeBufferPointer { body(c.baseAddress!, offsets, $0.baseAddress!) }
            }
            return body(c.baseAddress!, offsets, nil)
        }
    }

    /// The (unweighted) residual of row `i`.
    @inline(__always)
    static func residual(_ i: Int, _ c: UnsafePointer<Double>, _ offsets: [Int], _ b: [Double]) -> Double {
        var e = c[i]
        for (j, offset) in offsets.enumerated() { e -= b[j] * c[offset + i] }
        return e
    }

    /// Every row's residual, written into `buffer` (`rowCount` values).
    public func residuals(into buffer: UnsafeMutableBufferPointer<Double>) {
        precondition(buffer.count >= rowCount, "The buffer holds \(buffer.count) values for \(rowCount) rows")
        withColumns { c, offsets, _ in
            for i in 0..<rowCount { buffer[i] = Self.residual(i, c, offsets, coefficients) }
        }
    }

    /// Every row's residual.
    public func residuals() -> [Double] {
        [Double](unsafeUninitializedCapacity: rowCount) { buffer, count in
            residuals(into: buffer)
            count = rowCount
        }
    }

    /// The weighted residual sum of squares `sum_i w_i e_i^2`, in one pass on every core.
    public func residualSumOfSquares() -> Double {
        withColumns { c, offsets, w in
            let shared = SharedPointers(columns: c, weights: w)
            let b = coefficients
            return RowBlocks.sweep(0..<rowCount, partialCount: 1) { block, partial in
                var sum = 0.0
                for i in block {
                    let e = Self.residual(i, shared.columns, offsets, b)
                    sum += (shared.weights?[i] ?? 1) * e * e
                }
                partial[0] = sum
            }[0]
        }
    }
}

/// Read-only pointers handed to the workers of a row sweep (they only read).
struct SharedPointers: @unchecked Sendable {
    let columns: UnsafePointer<Double>
    let weights: UnsafePointer<Double>?
}
