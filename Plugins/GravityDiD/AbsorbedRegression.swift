import GravityCore
import GravityFixedEffects
import GravityLinearAlgebra

/// Least squares with absorbed fixed effects and standard errors clustered by one grouping, with
/// fixest's default small-sample factor G/(G-1) * (N-1)/(N-K), where K counts the slopes and the
/// fixed effects not nested in the cluster (a nested dimension counts one parameter), and
/// inference from t(G-1). The demeaning is the fixed-effects engine's.
struct AbsorbedRegression {
    /// The kept regressors.
    let terms: [String]
    /// Regressors dropped for collinearity (with the fixed effects or each other).
    let omissionNotes: [String]
    /// Coefficients of `terms`.
    let coefficients: [Double]
    /// Their cluster-robust covariance.
    let covariance: Matrix
    /// Residuals (of the full model, fixed effects included).
    let residuals: [Double]
    /// Number of clusters.
    let clusterCount: Int
    /// Within R-squared: 1 - SSR / sum of the demeaned response's squares.
    let withinRSquared: Double

    /// Fits `response` on `regressors` (no intercept) with `dimensions` absorbed, clustering by `cluster`.
    init(response: [Double], regressors: DesignMatrix, dimensions: [Grouping], cluster: Grouping) throws {
        let n = response.count, k = regressors.matrix.columns
        let absorber = try FixedEffectsAbsorber(dimensions: dimensions)
        var columns = response + regressors.matrix.values
        _ = try absorber.demean(&columns, columnCount: 1 + k, columnNames: ["the response"] + regressors.columnNames)
        let demeanedResponse = Array(columns[0..<n])
        let demeaned = DesignMatrix(matrix: Matrix(rows: n, columns: k, columnMajor: Array(columns[n...])),
                                    columnNames: regressors.columnNames, hasIntercept: false)
        let fit = try LeastSquaresFit(response: demeanedResponse, design: demeaned)
        let nested = NestedDimensions.flags(dimensions, in: [cluster])
        let parameters = fit.rank + absorber.absorbedDegreesOfFreedom.fixestCount(nested: nested)
        guard n > parameters, cluster.count > 1 else {
            throw GravityError.invalidInput("There are \(n) observations for \(parameters) parameters and \(cluster.count) cluster(s); the regression needs more observations than parameters and at least two clusters.")
        }
        let factor = { (g: Int) in Double(g) / Double(g - 1) * Double(n - 1) / Double(n - parameters) }
        covariance = Sandwich.symmetrized(RobustCovariance.cluster(design: fit.design, residuals: fit.residuals, bread: fit.bread,
                                                                   clusters: [cluster], factor: factor))
        terms = fit.terms
        omissionNotes = fit.omissionNotes
        coefficients = fit.coefficients
        residuals = fit.residuals
        clusterCount = cluster.count
        let total = demeanedResponse.reduce(0) { $0 + $1 * $1 }
        withinRSquared = total > 0 ? 1 - fit.residualSumOfSquares / total : .nan
    }

    /// The covariance label: clustering, cluster count and the small-sample factor.
    static func label(cluster: String, count: Int) -> String {
        "cluster-robust by \(cluster) (\(count) clusters); G/(G-1) (N-1)/(N-K) as fixest, nested fixed effects counted once"
    }
}
