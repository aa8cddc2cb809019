import GravityCore
import GravityLinearAlgebra

/// Principal components of standardised indicators, from the eigen-decomposition of their
/// correlation matrix.
///
/// Eigenvectors follow ``SignConvention``. Loadings are eigenvectors times the square root of
/// their eigenvalues; scores are the standardised indicators (n - 1 standard deviations, as R's
/// `scale`) times the eigenvectors, unscaled; the weight of a kept component is its eigenvalue's
/// share of the kept eigenvalues.
public struct PrincipalComponents: Sendable {
    /// All eigenvalues of the correlation matrix, descending.
    public let eigenvalues: [Double]
    /// All eigenvectors, `p` by `p`, column `j` belonging to `eigenvalues[j]`.
    public let eigenvectors: Matrix
    /// Each eigenvalue's share of the total variance `p`.
    public let proportion: [Double]
    /// Cumulative shares of variance.
    public let cumulative: [Double]
    /// The rule used to choose how many components to keep.
    public let retention: ComponentRetention
    /// The number of components kept.
    public let retained: Int
    /// Loadings of the kept components, `p` by `retained`.
    public let loadings: Matrix
    /// The varimax rotation of ``loadings``.
    public let varimax: VarimaxRotation
    /// Scores of the kept components, `n` by `retained`.
    public let scores: Matrix
    /// Weight of each kept component: its eigenvalue over the sum of the kept eigenvalues.
    public let weights: [Double]
    /// What happened that the reader should know, in English and Chinese.
    public let notes: [BilingualText]

    /// The components of `data`, whose correlation structure is `diagnostics`, keeping as many as
    /// `retention` says.
    public init(_ data: IndicatorData, diagnostics: IndexDiagnostics, retention: ComponentRetention) throws {
        let p = data.names.count
        eigenvalues = diagnostics.eigen.values
        eigenvectors = SignConvention.apply(diagnostics.eigen.vectors)
        proportion = diagnostics.proportions
        cumulative = diagnostics.cumulativeProportions
        self.retention = retention
        let (k, note) = try retention.count(eigenvalues: eigenvalues, cumulative: cumulative)
        retained = k
        notes = note.map { [$0] } ?? []
        let kept = eigenvectors.selectingColumns(Array(0..<k))
        var loadings = kept
        for j in 0..<k {
            let root = Swift.max(eigenvalues[j], 0).squareRoot()
            for i in 0..<p { loadings[i, j] *= root }
        }
        self.loadings = loadings
        varimax = VarimaxRotation(loadings)
        scores = ColumnKernels.project(data.values, center: diagnostics.means,
                                       scale: diagnostics.standardDeviations.map { 1 / $0 }, coefficients: kept)
        let keptTotal = eigenvalues[0..<k].reduce(0, +)
        weights = eigenvalues[0..<k].map { $0 / keptTotal }
    }

    /// Each indicator's variance explained by the kept components (row sums of squared loadings);
    /// unchanged by the rotation.
    public var communalities: [Double] {
        (0..<loadings.rows).map { i in (0..<loadings.columns).reduce(0.0) { $0 + loadings[i, $1] * loadings[i, $1] } }
    }

    /// One minus each communality.
    public var uniquenesses: [Double] { communalities.map { 1 - $0 } }

    /// The weighted sum of the component scores, one value per row.
    public var composite: [Double] {
        let n = scores.rows
        var result = [Double](repeating: 0, count: n)
        for (l, weight) in weights.enumerated() {
            let base = l * n
            for i in 0..<n { result[i] += scores.values[base + i] * weight }
        }
        return result
    }
}
