import GravityCore
import GravityFixedEffects
import GravityLinearAlgebra

/// Least squares with absorbed fixed effects (the fixed-effects engine's demeaning) and standard
/// errors clustered by one grouping through the package's one covariance path,
/// ``CovarianceEstimate``, with fixest's convention: G/(G-1) (N-1)/(N-K), K counting the slopes
/// and the fixed effects as fixest does (a dimension nested in the cluster counts one), and
/// inference from t(G-1).
struct AbsorbedRegression {
    /// The kept regressors.
    let terms: [String]
    /// Regressors dropped for collinearity (with the fixed effects or each other).
    let omissions: [BilingualText]
    /// Coefficients of `terms`.
    let coefficients: [Double]
    /// Their cluster-robust covariance.
    let covariance: Matrix
    /// What the covariance is (convention, K, G), for the output.
    let covarianceLabel: String
    /// The reference distribution of the coefficient tests.
    let inference: Inference
    /// Residuals (of the full model, fixed effects included).
    let residuals: [Double]
    /// Number of clusters.
    let clusterCount: Int
    /// Within R-squared: 1 - SSR / sum of the demeaned response's squares.
    let withinRSquared: Double

    /// Fits `response` on `regressors` (no intercept) with `dimensions` absorbed, clustering by `cluster`.
    init(response: [Double], regressors: DesignMatrix, dimensions: [Grouping], cluster: Grouping) throws {
        let absorber = try FixedEffectsAbsorber(dimensions: dimensions)
        var columns = AbsorbedColumns(response: response, regressors: regressors.matrix)
        try columns.demean(by: absorber, names: ["the response"] + regressors.columnNames)
        let fit = try columns.leastSquares(regressorNames: regressors.columnNames)
        let demeanedResponse = columns.response
        let counts = absorber.absorbedDegreesOfFreedom
        let absorbed = AbsorbedParameters(total: counts.total, fixest: counts.fixestCount(nested: NestedDimensions.flags(dimensions, in: [cluster])))
        let estimate = try CovarianceEstimate(.cluster([cluster.name]), convention: .fixest, family: .leastSquares, design: fit.design,
                                              residuals: fit.residuals, bread: fit.bread, absorbed: absorbed, clusters: [cluster])
        covariance = Sandwich.symmetrized(estimate.matrix)
        covarianceLabel = estimate.label
        inference = estimate.inference
        terms = fit.terms
        omissions = fit.omissions
        coefficients = fit.coefficients
        residuals = fit.residuals
        clusterCount = cluster.count
        let total = demeanedResponse.reduce(0) { $0 + $1 * $1 }
        withinRSquared = total > 0 ? 1 - fit.residualSumOfSquares / total : .nan
    }
}
