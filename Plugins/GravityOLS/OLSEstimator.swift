import GravityCore
import GravityLinearAlgebra

/// Pooled ordinary least squares: `y = X b + e`, fitted by pivoted QR.
///
/// The log-linear gravity model `log(trade) ~ log(gdp_o) + log(gdp_d) + log(dist) + contig` is
/// the typical use. Collinear regressors are named and dropped; standard errors are classical,
/// HC0-HC3, or cluster-robust by one or two columns with the small-sample factor
/// G/(G-1) * (N-1)/(N-K) of Stata's `regress, vce(cluster)` and R's `sandwich::vcovCL(type = "HC1")`
/// (two-way: Cameron-Gelbach-Miller, each term with its own G), p-values from t(G-1) as Stata.
///
/// Example: `gravity fit grunfeld.csv --model ols --formula "inv ~ value + capital" --vcov cluster:firm`
public struct OLSEstimator: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `ols` (aliases `pooled`, `lm`), no options, all covariance kinds.
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(name: "ols", aliases: ["pooled", "lm"],
                            summary: "Pooled ordinary least squares (log-linear gravity model)",
                            covarianceKinds: [.classical, .heteroskedasticity, .cluster])
    }

    /// Fits the model.
    public func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        var groupColumns = request.covariance.requiredColumns
        if let panel = request.panel { groupColumns += [panel.unit, panel.time] }
        let frame = try ModelFrame(dataset: data, formula: request.formula, groupColumns: groupColumns, extraParts: .reject(descriptor.name))
        if let panel = request.panel { _ = try PanelStructure(frame: frame, specification: panel) }
        let fit = try LeastSquaresFit(response: frame.response, design: frame.design)
        let n = frame.observationCount
        guard n > fit.rank else {
            throw GravityError.invalidInput("There are \(n) observations for \(fit.rank) coefficients; least squares needs more observations than coefficients.")
        }
        let summary = LinearModelSummary(response: frame.response, residualSumOfSquares: fit.residualSumOfSquares,
                                         rank: fit.rank, hasIntercept: frame.design.hasIntercept)
        let covariance = try OLSCovariance(specification: request.covariance, fit: fit, frame: frame, summary: summary)
        var tests = [summary.fTest]
        let slopeIndices = fit.terms.indices.filter { fit.terms[$0] != "(Intercept)" }
        if request.covariance != .classical,
           let wald = WaldTest.zeroRestriction(name: "Wald F test (all slopes zero, \(request.covariance) covariance)",
                                               estimates: fit.coefficients, covariance: covariance.matrix,
                                               indices: slopeIndices, denominatorDF: covariance.inferenceDF) {
            tests.append(wald)
        }
        return EstimationResult(model: descriptor.name, formula: request.formula.text, responseName: request.formula.responseName,
                                nobs: n, covarianceLabel: covariance.label, terms: fit.terms, estimates: fit.coefficients,
                                covariance: covariance.matrix, inference: .studentT(covariance.inferenceDF),
                                confidenceLevel: request.confidenceLevel, statistics: summary.statistics(nobs: n), tests: tests,
                                fitted: frame.alignedToInput(fit.fitted), residuals: frame.alignedToInput(fit.residuals),
                                notes: frame.notes + fit.omissionNotes)
    }
}

/// Registers the OLS estimator.
public func registerOLSEstimators(into registry: inout EstimatorRegistry) throws {
    try registry.register(OLSEstimator())
}
