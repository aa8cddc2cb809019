import GravityLinearAlgebra

/// A least-squares fit by pivoted QR, with collinear columns named and dropped as R and Stata do.
///
/// Columns are accepted in order; a column that is (numerically) a combination of the columns
/// before it is omitted, so the later of two collinear regressors is the one dropped.
public struct LeastSquaresFit: Sendable {
    /// Names of the columns kept, in design order.
    public let terms: [String]
    /// Names of the columns omitted for collinearity.
    public let omittedTerms: [String]
    /// The design restricted to the kept columns.
    public let design: Matrix
    /// Coefficients of the kept columns.
    public let coefficients: [Double]
    /// (X'X)^-1 of the kept columns, from the QR factor.
    public let bread: Matrix
    /// Fitted values.
    public let fitted: [Double]
    /// Residuals y - fitted.
    public let residuals: [Double]
    /// Sum of squared residuals.
    public let residualSumOfSquares: Double

    /// Fits `response` on the columns of `design`; `responseName` names the response in errors.
    /// - Throws: when no column is left, or when the residual sum of squares or the variance of
    ///   a coefficient is beyond the range of doubles (naming the column to rescale).
    public init(response: [Double], design: DesignMatrix, tolerance: Double = 1e-7, responseName: String = "the response") throws {
        let qr = QRDecomposition(design.matrix, tolerance: tolerance)
        guard qr.rank > 0 else {
            throw GravityError.numerical("Every regressor is zero or constant-free after dropping collinear columns; nothing can be estimated.")
        }
        terms = qr.keptColumns.map { design.columnNames[$0] }
        omittedTerms = qr.aliasedColumns.map { design.columnNames[$0] }
        self.design = qr.aliasedColumns.isEmpty ? design.matrix : design.matrix.selectingColumns(qr.keptColumns)
        coefficients = qr.coefficients(response)
        bread = qr.unscaledCovariance()
        var fitted = [Double](repeating: 0, count: response.count)
        var residuals = [Double](repeating: 0, count: response.count)
        let ssr = Self.fittedAndResiduals(design: self.design, coefficients: coefficients, response: response,
                                          fitted: &fitted, residuals: &residuals)
        try Self.checkResidualSumOfSquares(ssr, residuals: residuals, response: response, responseName: responseName)
        self.fitted = fitted
        self.residuals = residuals
        residualSumOfSquares = ssr
        try checkRepresentable(covariance: bread, requireNormal: false)
    }

    /// Fills `fitted = X b` and `residuals = y - X b` and returns the residual sum of squares, in
    /// row blocks small enough to stay in cache, so the design is read once.
    static func fittedAndResiduals(design: Matrix, coefficients: [Double], response: [Double],
                                   fitted: inout [Double], residuals: inout [Double]) -> Double {
        let n = design.rows, k = design.columns, blockSize = 2048
        var ssr = 0.0
        design.values.withUnsafeBufferPointer { x in
            response.withUnsafeBufferPointer { y in
                fitted.withUnsafeMutableBufferPointer { f in
                    residuals.withUnsafeMutableBufferPointer { e in
                        var start = 0
                        while start < n {
                            let end = min(start + blockSize, n)
                            for j in 0..<k {
                                let b = coefficients[j], base = j * n
                                for i in start..<end { f[i] += x[base + i] * b }
                            }
                            for i in start..<end {
                                let r = y[i] - f[i]
                                e[i] = r
                                ssr += r * r
                            }
                            start = end
                        }
                    }
                }
            }
        }
        return ssr
    }

    /// Number of coefficients estimated (the rank).
    public var rank: Int { terms.count }

    /// One note per omitted term, worded as Stata and R users expect, in English and Chinese.
    public var omissions: [BilingualText] { Self.omissions(of: omittedTerms) }

    /// One note per term in `omittedTerms`, saying it was omitted because of collinearity.
    public static func omissions(of omittedTerms: [String]) -> [BilingualText] {
        omittedTerms.map { BilingualText("`\($0)` omitted because of collinearity.", chinese: "`\($0)` 因共线性被剔除。") }
    }

    /// The omission notes in English.
    public var omissionNotes: [String] { omissions.english }
}
