import GravityLinearAlgebra

/// Least squares from the normal equations, on a response and regressors that stay where they
/// are: the column-major buffer of demeaned columns that a fixed-effects fit works in (the
/// response first). Nothing of the size of the data is copied or stored.
///
/// One blocked pass over the rows, on every core, forms the cross-products `X'WX` and `X'Wy`
/// (``GramMatrix``). A Cholesky factorisation that takes the columns in order drops a column whose
/// part independent of the columns kept before it has a squared norm not above
/// ``collinearityTolerance`` times its own (fixest's Cholesky with `collin.tol = 1e-10` does the
/// same): of two collinear regressors the later one is dropped. The coefficients solve the
/// normal equations of the kept columns, the bread is `(X'WX)^-1`, and one more pass sums the
/// weighted squared residuals. Residuals are never stored: ``rows`` computes them per row.
///
/// Squaring the columns doubles their condition number's exponent, which the demeaned
/// regressors of gravity models bear easily; designs without fixed effects keep the pivoted QR
/// of ``LeastSquaresFit``.
public struct NormalEquationsFit: Sendable {
    /// The default collinearity tolerance (relative, on squared norms).
    public static let collinearityTolerance = 1e-10

    /// Names of the regressors kept, in order.
    public let terms: [String]
    /// Names of the candidate regressors dropped as collinear with earlier ones.
    public let omittedTerms: [String]
    /// Coefficients of the kept regressors.
    public let coefficients: [Double]
    /// `(X'WX)^-1` of the kept regressors.
    public let bread: Matrix
    /// The weighted residual sum of squares `sum_i w_i e_i^2`.
    public let residualSumOfSquares: Double
    /// The residuals and scores, per row, on demand.
    public let rows: ResidualRows

    /// Fits the response (column 0 of `columns`) on the regressors `candidates` (indices `j` of
    /// columns `1 + j`; nil: every regressor), with optional observation weights.
    /// - Parameters:
    ///   - regressorNames: one name per regressor column of the buffer.
    ///   - responseName: names the response in errors.
    /// - Throws: when no candidate is left, or when a cross-product, a coefficient or the residual
    ///   sum of squares is beyond the range of doubles (naming the column to rescale).
    public init(columns: [Double], rowCount n: Int, regressorNames: [String], candidates: [Int]? = nil, weights: [Double]? = nil,
                tolerance: Double = NormalEquationsFit.collinearityTolerance, responseName: String = "the response") throws {
        let p = regressorNames.count
        precondition(columns.count == n * (1 + p), "The buffer holds \(columns.count) values, expected \(n) x \(1 + p)")
        let candidates = candidates ?? Array(0..<p)
        let gram = columns.withUnsafeBufferPointer { c in
            weights.map { w in w.withUnsafeBufferPointer { GramMatrix.crossProducts(c, rows: n, count: 1 + p, weights: $0) } }
                ?? GramMatrix.crossProducts(c, rows: n, count: 1 + p, weights: nil)
        }
        if let bad = (0...p).first(where: { j in (0...p).contains { !gram[$0, j].isFinite } }) {
            let name = bad == 0 ? responseName : "`\(regressorNames[bad - 1])`"
            throw GravityError.numerical("The sums of squares of \(name) are beyond the range of double precision. Rescale it (multiply or divide it by a power of ten) or check it for a corrupted value.")
        }
        let regressorGram = gram.selecting(rows: candidates.map { $0 + 1 }, columns: candidates.map { $0 + 1 })
        let kept = GramMatrix.independentColumns(of: regressorGram, tolerance: tolerance).map { candidates[$0] }
        guard !kept.isEmpty else {
            throw GravityError.numerical("Every regressor is zero or collinear after dropping collinear columns; nothing can be estimated.")
        }
        let keptGram = gram.selecting(rows: kept.map { $0 + 1 }, columns: kept.map { $0 + 1 })
        let cholesky = try CholeskyDecomposition(keptGram)
        coefficients = cholesky.solve(kept.map { gram[$0 + 1, 0] })
        bread = cholesky.inverse()
        terms = kept.map { regressorNames[$0] }
        omittedTerms = candidates.filter { !kept.contains($0) }.map { regressorNames[$0] }
        rows = ResidualRows(columns: columns, rowCount: n, keptColumns: kept, coefficients: coefficients, weights: weights)
        residualSumOfSquares = rows.residualSumOfSquares()
        if let k = coefficients.indices.first(where: { !coefficients[$0].isFinite || !bread[$0, $0].isFinite }) {
            throw GravityError.numerical("The coefficient of `\(terms[k])` is beyond the range of double precision. Rescale `\(terms[k])` (multiply or divide it by a power of ten) or check it for a corrupted value.")
        }
        guard residualSumOfSquares.isFinite else {
            throw GravityError.numerical("The residual sum of squares overflows the range of double precision. Rescale \(responseName) (multiply or divide it by a power of ten) or check it for a corrupted value.")
        }
    }

    /// Number of coefficients estimated (the rank).
    public var rank: Int { terms.count }

    /// Indices of the kept regressors in the buffer's regressor columns.
    public var keptColumns: [Int] { rows.keptColumns }

    /// One note per omitted term, worded as ``LeastSquaresFit/omissions``.
    public var omissions: [BilingualText] { LeastSquaresFit.omissions(of: omittedTerms) }
}
