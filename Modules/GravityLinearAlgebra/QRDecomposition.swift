/// A Householder QR decomposition with the limited column pivoting of R's `lm`.
///
/// Columns are processed in their original order. Before column `j` is reflected, the norm of
/// what remains of it after the reflections of the previously accepted columns is compared
/// with its original norm; if the ratio is below `tolerance`, the column is declared aliased
/// (linearly dependent on earlier columns) and set aside, as the limited pivoting of LINPACK's
/// `dqrdc2` does for R. Kept columns therefore keep their original relative order, and of two
/// collinear regressors it is always the later one that is dropped (Stata's choice too).
///
/// The decomposition keeps the Householder vectors in a copy of the design, so it can project
/// any number of responses afterwards. `X'X` is never formed: coefficients come from a
/// triangular solve with `R` and the covariance from the inverse of `R`. Long designs are
/// processed in row blocks spread across processor cores, with results that do not depend on
/// the number of cores. Entries must be finite; a column holding NaN is reported as aliased.
///
/// A column whose squares would overflow or sink into the subnormal range (values near 1e160 or
/// 1e-200) is first divided by a power of two (``ColumnScales``), and the results are scaled back,
/// so coefficients and the covariance are right at any scale where they are representable.
public struct QRDecomposition: Sendable {
    /// The number of kept (linearly independent) columns.
    public let rank: Int
    /// Original indices of the kept columns, ascending; the basis of every result.
    public let keptColumns: [Int]
    /// Original indices of the aliased columns, ascending.
    public let aliasedColumns: [Int]
    /// The `rank` by `rank` upper-triangular factor of the kept columns, in `keptColumns` order,
    /// of the design after the division of its columns by `columnScales` (when there are any).
    public let r: Matrix
    /// The powers of two the columns were divided by; nil when no column needed it.
    public let columnScales: ColumnScales?
    /// The factored design: from row `k` down, column `keptColumns[k]` holds the `k`-th
    /// Householder vector `u`; entries of aliased columns are meaningless.
    let reflectors: Matrix
    /// The scale `2 / (u'u)` of each Householder reflection `I - scale * u u'`.
    let scales: [Double]

    /// Number of observations (rows of the design).
    public var rows: Int { reflectors.rows }
    /// Number of columns of the design, kept and aliased.
    public var columns: Int { reflectors.columns }

    /// Decomposes the design `x`.
    ///
    /// - Parameters:
    ///   - x: The design matrix, observations in rows.
    ///   - tolerance: A column is aliased when the norm left after projecting out the kept
    ///     columns before it falls below `tolerance` times its original norm (R's `tol`).
    ///     Zero columns are always aliased, and at most `rows` columns are kept.
    public init(_ x: Matrix, tolerance: Double = 1e-7) {
        let n = x.rows, p = x.columns
        var steps = HouseholderSteps()
        var scales: ColumnScales? = nil
        let storage = [Double](unsafeUninitializedCapacity: n * p) { buffer, initialized in
            initialized = n * p
            guard n > 0, p > 0, let base = buffer.baseAddress else { return }
            let data = SharedColumns(base: base, rows: n)
            var (candidateSums, originalNorms, sumsOfSquares) = HouseholderSteps.copy(x, to: data)
            scales = ColumnScales(x, sumsOfSquares: sumsOfSquares)
            if let scales {
                (candidateSums, originalNorms, _) = HouseholderSteps.copy(x, to: data, scales: scales)
            }
            steps.factor(data, columns: p, tolerance: tolerance, candidateSums: candidateSums, originalNorms: originalNorms)
        }
        if n == 0 || p == 0 { steps.aliased = Array(0..<p) }
        let rank = steps.kept.count
        var r = Matrix(rows: rank, columns: rank)
        for k in 0..<rank {
            r[k, k] = steps.diagonal[k]
            for i in 0..<k { r[i, k] = storage[steps.kept[k] * n + i] }
        }
        self.rank = rank
        self.keptColumns = steps.kept
        self.aliasedColumns = steps.aliased
        self.r = r
        self.columnScales = scales
        self.scales = steps.scales
        self.reflectors = Matrix(rows: n, columns: p, columnMajor: storage)
    }
}
