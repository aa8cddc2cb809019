import Foundation
import GravityCore
import GravityLinearAlgebra

/// Poisson pseudo-maximum likelihood (PPML, Santos Silva and Tenreyro 2006): `E[y | x] = exp(x'b)`,
/// estimated in levels, so zero trade flows stay in the sample and heteroskedasticity does not
/// bias the elasticities as it does in the log-linear model.
///
/// Fitted by iteratively reweighted least squares: each step regresses the working response
/// `eta + (y - mu) / mu` on `x` with weights `mu`, through ``LeastSquaresFit`` on the
/// `sqrt(mu)`-scaled data, so collinear regressors are named and dropped as everywhere else. Fixed
/// effects enter as `factor()` dummies. Standard errors: `classical` (inverse Fisher information),
/// `hc0`, `hc1` (the sandwich times N/(N-1), as Stata's `poisson, vce(robust)`), or clustered with
/// G/(G-1) (as `ppmlhdfe`).
///
/// Example: `trade ~ log(DIST) + CNTG + INTL_BRDR + factor(exporter) + factor(importer)`.
public struct PoissonPseudoMaximumLikelihood: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `tutorial-ppml` (the production estimator `ppml` is already registered); options `max_iterations` and `tolerance`.
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(
            name: "tutorial-ppml",
            summary: "Poisson pseudo-maximum likelihood in levels (tutorial plug-in)",
            options: [
                OptionSpecification(name: "max_iterations", kind: .integer, defaultValue: "100", help: "Most IRLS iterations."),
                OptionSpecification(name: "tolerance", kind: .real, defaultValue: "1e-10",
                                    help: "Stop when |deviance change| / (0.1 + |deviance|) falls below this."),
            ],
            covarianceKinds: [.classical, .heteroskedasticity, .cluster])
    }

    /// Fits the model by IRLS.
    public func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        let frame = try ModelFrame(dataset: data, formula: request.formula, groupColumns: request.covariance.requiredColumns,
                                   extraParts: .reject(descriptor.name))
        let y = frame.response
        if let negative = y.firstIndex(where: { $0 < 0 }) {
            throw GravityError.invalidInput("PPML needs a non-negative response; row \(frame.rowIndices[negative] + 1) has \(y[negative]).")
        }
        let irls = try IteratedReweightedLeastSquares(response: y, design: frame.design,
                                                      maxIterations: options.int("max_iterations"), tolerance: options.double("tolerance"))
        let covariance = try PPMLCovariance(specification: request.covariance, irls: irls, frame: frame)
        let n = frame.observationCount
        let statistics = [FitStatistic("deviance", irls.deviance), FitStatistic("pseudo_log_likelihood", irls.pseudoLogLikelihood),
                          FitStatistic("iterations", Double(irls.iterations)), FitStatistic("nobs", Double(n))]
        return EstimationResult(model: descriptor.name, formula: request.formula.text, responseName: request.formula.responseName,
                                nobs: n, covarianceLabel: covariance.label, terms: irls.terms, estimates: irls.coefficients,
                                covariance: covariance.matrix, inference: .normal, confidenceLevel: request.confidenceLevel,
                                statistics: statistics, fitted: frame.alignedToInput(irls.mean),
                                residuals: frame.alignedToInput(zip(y, irls.mean).map { $0 - $1 }), notes: frame.notes + irls.notes)
    }
}

/// Registers the tutorial's PPML estimator: the one line a plug-in adds to the standard list.
public func registerTutorialPPMLEstimators(into registry: inout EstimatorRegistry) throws {
    try registry.register(PoissonPseudoMaximumLikelihood())
}
