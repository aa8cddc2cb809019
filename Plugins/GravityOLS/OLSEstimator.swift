import GravityCore
import GravityLinearAlgebra

/// Ordinary least squares: `y = X b + e`, fitted by pivoted QR, with optional fixed effects
/// absorbed after `|` (fixest's `feols`).
///
/// The log-linear gravity model `log(trade) ~ log(gdp_o) + log(gdp_d) + log(dist) + contig` is
/// the typical use; `log(trade) ~ log(dist) + contig | exporter^year + importer^year` absorbs
/// multilateral-resistance terms (see ``AbsorbedLeastSquares``). Collinear regressors are named
/// and dropped; standard errors are classical, HC0-HC3 (HC0/HC1 with fixed effects), or
/// cluster-robust by one to four columns (multiway by inclusion-exclusion), with the
/// small-sample convention of ``SmallSampleConvention`` (`--option ssc=fixest|stata`). Without
/// fixed effects the default, `stata`, is the factor G/(G-1) * (N-1)/(N-K) of Stata's `regress,
/// vce(cluster)` and R's `sandwich::vcovCL(type = "HC1")` (multiway: each term with its own G),
/// p-values from t(G-1) as Stata.
///
/// Example: `gravity fit grunfeld.csv --model ols --formula "inv ~ value + capital" --vcov cluster:firm`
public struct OLSEstimator: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `ols` (aliases `pooled`, `lm`, `feols`); options for weights, the small-sample
    /// convention and the fixed-effects engine; all covariance kinds.
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(name: "ols", aliases: ["pooled", "lm", "feols"],
                            summary: "Ordinary least squares, with fixed effects absorbed after | (log-linear gravity model)",
                            options: [
                                SmallSampleConvention.option,
                                OptionSpecification(name: "weights", kind: .text, defaultValue: "", help: "Column of observation weights (weighted least squares)"),
                                OptionSpecification(name: "drop_singletons", kind: .boolean, defaultValue: "true",
                                                    help: "Drop rows alone in a level of a fixed effect, repeatedly (reghdfe, fixest)"),
                                OptionSpecification(name: "fixef_tol", kind: .real, defaultValue: "1e-10",
                                                    help: "Convergence tolerance of the fixed-effects demeaning"),
                                OptionSpecification(name: "fixef_maxiter", kind: .integer, defaultValue: "10000",
                                                    help: "Iteration limit of the fixed-effects demeaning"),
                            ],
                            covarianceKinds: [.classical, .heteroskedasticity, .cluster])
    }

    /// Fits the model; the model frame takes the dataset over and frees each column once used.
    public func fit(_ data: consuming Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        if !request.formula.extraParts.isEmpty {
            return try AbsorbedLeastSquares(request: request, options: options).fit(consume data, model: descriptor.name)
        }
        var groupColumns = request.covariance.requiredColumns
        if let panel = request.panel { groupColumns += [panel.unit, panel.time] }
        let weightColumn = options.string("weights")
        let weightValues = weightColumn.isEmpty ? nil : try data.numeric(weightColumn)
        var frame = try ModelFrame(dataset: consume data, formula: request.formula, groupColumns: groupColumns, extraParts: .reject(descriptor.name))
        if let panel = request.panel { _ = try PanelStructure(frame: frame, specification: panel) }
        var weights: [Double]? = nil
        if let weightValues { (frame, weights) = try frame.weighted(by: weightColumn, values: weightValues) }
        let root = weights?.map { $0.squareRoot() }
        let response = root.map { zip(frame.response, $0).map { $0 * $1 } } ?? frame.response
        var design = frame.design
        if let root { design.matrix = Matrix(rows: frame.observationCount, columns: design.matrix.columns,
                                             columnMajor: design.matrix.values.enumerated().map { $0.element * root[$0.offset % root.count] }) }
        let fit = try LeastSquaresFit(response: response, design: design, responseName: "`\(request.formula.responseName)`")
        let n = frame.observationCount
        guard n > fit.rank else {
            throw GravityError.invalidInput("There are \(n) observations for \(fit.rank) coefficients; least squares needs more observations than coefficients.")
        }
        let summary = LinearModelSummary(response: frame.response, residualSumOfSquares: fit.residualSumOfSquares,
                                         rank: fit.rank, hasIntercept: frame.design.hasIntercept, weights: weights)
        let convention = SmallSampleConvention(option: options.string("ssc"), hasFixedEffects: false)
        let covariance = try CovarianceEstimate(request.covariance, convention: convention, family: .leastSquares, design: fit.design,
                                                residuals: fit.residuals, bread: fit.bread,
                                                clusters: request.covariance.requiredColumns.map { frame.groups[$0]! })
        try fit.checkRepresentable(covariance: covariance.matrix)
        var tests = [summary.fTest]
        let slopeIndices = fit.terms.indices.filter { fit.terms[$0] != "(Intercept)" }
        if request.covariance != .classical,
           let wald = WaldTest.zeroRestriction(name: "Wald F test (all slopes zero, \(request.covariance) covariance)",
                                               estimates: fit.coefficients, covariance: covariance.matrix,
                                               indices: slopeIndices, denominatorDF: covariance.inference.degreesOfFreedom) {
            tests.append(wald)
        }
        let unscale: ([Double]) -> [Double] = { values in root.map { zip(values, $0).map { $0 / $1 } } ?? values }
        return EstimationResult(model: descriptor.name, formula: request.formula.text, responseName: request.formula.responseName,
                                nobs: n, covarianceLabel: covariance.label, terms: fit.terms, estimates: fit.coefficients,
                                covariance: covariance.matrix, inference: covariance.inference,
                                confidenceLevel: request.confidenceLevel, statistics: summary.statistics(nobs: n), tests: tests,
                                fitted: frame.alignedToInput(unscale(fit.fitted)), residuals: frame.alignedToInput(unscale(fit.residuals)),
                                bilingualNotes: frame.bilingualNotes + fit.omissions + summary.notes)
    }
}

/// Registers the OLS estimator.
public func registerOLSEstimators(into registry: inout EstimatorRegistry) throws {
    try registry.register(OLSEstimator())
}
