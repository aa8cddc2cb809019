import GravityLinearAlgebra

/// The one covariance path of the package: from a fit's design, residuals and bread to the
/// covariance matrix under a ``CovarianceSpecification`` and a ``SmallSampleConvention``.
///
/// Least squares passes its (demeaned) design, residuals and `(X'X)^-1`; a GLM passes its
/// weighted working design `sqrt(w) X`, working residuals `sqrt(w) (z - eta)` and
/// `(X'WX)^-1`, so that the scores are `design_i * residual_i` in both cases.
public struct CovarianceEstimate: Sendable {
    /// The covariance matrix, in the fit's term order.
    public let matrix: Matrix
    /// What was computed, naming the convention, `K` and `G`, for the output.
    public let label: String
    /// The reference distribution of the coefficient tests.
    public let inference: Inference
    /// The parameter count `K` in the small-sample factor.
    public let parameterCount: Int
    /// The clusters in each cluster column (empty without clustering).
    public let clusterCounts: [Int]

    /// Computes the covariance.
    /// - Parameters:
    ///   - design: rows aligned to `residuals`, one column per coefficient.
    ///   - bread: `(X'X)^-1` (or `(X'WX)^-1`) of those columns.
    ///   - absorbed: parameters absorbed by fixed effects (nesting already resolved against `clusters`).
    ///   - clusters: the groupings of the cluster columns (cluster specifications only), rows aligned.
    public init(_ specification: CovarianceSpecification, convention: SmallSampleConvention, family: EstimatorFamily,
                design: Matrix, residuals: [Double], bread: Matrix, absorbed: AbsorbedParameters = .none,
                clusters: [Grouping] = []) throws {
        try self.init(specification, convention: convention, family: family, sandwich: DesignAndResiduals(design: design, residuals: residuals),
                      bread: bread, absorbed: absorbed, clusters: clusters)
    }

    /// Computes the covariance of a fit whose residuals are computed per row from the columns it
    /// was fitted on (``NormalEquationsFit/rows``), with no per-row copy: the scores
    /// `w_i e_i x_i` are summed per cluster, and the meat of HC0-HC3 (leverages included) is
    /// accumulated, in passes over the fit's buffer. Same conventions as
    /// ``init(_:convention:family:design:residuals:bread:absorbed:clusters:)``; a GLM passes
    /// its working weights and its demeaned working response in the fit.
    public init(_ specification: CovarianceSpecification, convention: SmallSampleConvention, family: EstimatorFamily,
                rows: ResidualRows, bread: Matrix, absorbed: AbsorbedParameters = .none, clusters: [Grouping] = []) throws {
        try self.init(specification, convention: convention, family: family, sandwich: rows, bread: bread, absorbed: absorbed, clusters: clusters)
    }

    private init(_ specification: CovarianceSpecification, convention: SmallSampleConvention, family: EstimatorFamily,
                 sandwich: some SandwichRows, bread: Matrix, absorbed: AbsorbedParameters, clusters: [Grouping]) throws {
        let n = sandwich.rowCount, k = sandwich.columnCount
        let parameters = k + (convention == .fixest ? absorbed.fixest : absorbed.total)
        let hasAbsorbed = absorbed.total > 0
        let isGLM: Bool
        if case .generalizedLinear = family { isGLM = true } else { isGLM = false }
        guard n > parameters else {
            throw GravityError.invalidInput("There are \(n) observations for \(parameters) parameters (K, fixed effects included); the variance needs more observations than parameters.")
        }
        let residualDF = Double(n - parameters)
        let tail = "K = \(parameters), N = \(n)"
        switch specification {
        case .classical:
            switch family {
            case .leastSquares:
                matrix = (sandwich.residualSumOfSquares() / residualDF) * bread
            case .generalizedLinear(let dispersion):
                matrix = dispersion * bread
            }
            label = hasAbsorbed ? "classical (\(tail))" : "classical"
            inference = isGLM ? .normal : .studentT(residualDF)
            clusterCounts = []
        case .heteroskedastic(let type):
            if hasAbsorbed && (type == .hc2 || type == .hc3) {
                throw GravityError.invalidOption("\(type.rawValue.uppercased()) standard errors are not defined with absorbed fixed effects (the leverages would include every fixed effect); use hc1 (robust) or cluster:<column>.")
            }
            let factor: Double
            switch (type, convention, isGLM) {
            case (.hc1, .stata, true): factor = Double(n) / Double(n - 1)
            case (.hc1, _, _): factor = Double(n) / residualDF
            default: factor = 1
            }
            matrix = factor * sandwich.heteroskedastic(type == .hc1 ? .hc0 : type, bread: bread, dfResidual: n - parameters)
            let factorText = type == .hc1 ? (isGLM && convention == .stata ? "N/(N-1)" : "N/(N-K)") : "no factor"
            label = "heteroskedasticity-robust \(type.rawValue.uppercased()) (ssc=\(convention.rawValue): \(factorText), \(tail))"
            inference = isGLM ? .normal : .studentT(residualDF)
            clusterCounts = []
        case .cluster(let columns):
            precondition(clusters.count == columns.count, "One grouping per cluster column")
            if let tooFew = clusters.first(where: { $0.count < 2 }) {
                throw GravityError.invalidInput("Clustering by `\(tooFew.name)` needs at least two clusters; the sample has \(tooFew.count).")
            }
            let fewest = clusters.map(\.count).min()!
            let leastSquaresFactor = Double(n - 1) / residualDF
            let useFewest = convention == .fixest && clusters.count > 1
            let kFactor = isGLM && convention == .stata ? 1 : leastSquaresFactor
            matrix = sandwich.cluster(bread: bread, clusters: clusters) { g in
                let groups = Double(useFewest ? fewest : g)
                return groups / (groups - 1) * kFactor
            }
            let counts = clusters.map { "\($0.count) \($0.name) clusters" }.joined(separator: ", ")
            let factorText = (kFactor == 1 ? "G/(G-1)" : "G/(G-1)*(N-1)/(N-K)") + (useFewest ? " with the smallest G in every term" : "")
            let reference = isGLM ? "z tests" : "p-values from t(G-1) = t(\(fewest - 1))"
            label = "cluster-robust by \(columns.joined(separator: " and ")) (\(counts)); ssc=\(convention.rawValue): \(factorText), \(tail), G = \(clusters.map { String($0.count) }.joined(separator: ", ")); \(reference)"
            inference = isGLM ? .normal : .studentT(Double(fewest - 1))
            clusterCounts = clusters.map(\.count)
        }
        parameterCount = parameters
    }
}
