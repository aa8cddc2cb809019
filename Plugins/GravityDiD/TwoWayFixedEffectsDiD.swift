import GravityCore
import GravityLinearAlgebra

/// The two-way fixed-effects DiD: the outcome on the treatment indicator D = 1{t >= cohort}
/// (and covariates), unit and period effects absorbed, standard errors clustered by unit as fixest
/// (`feols(y ~ D | unit + time, vcov = ~unit)`). With staggered adoption and effects that change
/// over time its coefficient `ATT` mixes comparisons against already-treated units; the
/// Goodman-Bacon decomposition shows by how much.
public struct TwoWayFixedEffectsDiD: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `twfe-did` (alias `twfe`), timing options.
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(name: "twfe-did", aliases: ["twfe"], summary: "Two-way fixed-effects DiD (treatment indicator, unit and period effects)",
                            options: TimingOptions.specifications, requiresPanel: true, covarianceKinds: [.classical, .cluster])
    }

    /// Fits the model.
    public func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        try RegressionResult.requireUnitClustering(request, estimator: descriptor.name)
        let sample = try DiDRegressionSample(dataset: data, formula: request.formula, panel: request.panel!,
                                             timing: try TimingOptions.source(options, estimator: descriptor.name), estimator: descriptor.name)
        let treatment = (0..<sample.count).map { sample.isTreated($0) ? 1.0 : 0.0 }
        let covariates = sample.covariates
        let regressors = DesignMatrix(matrix: Matrix(rows: sample.count, columns: 1 + covariates.matrix.columns, columnMajor: treatment + covariates.matrix.values),
                                      columnNames: ["ATT"] + covariates.columnNames, hasIntercept: false)
        let regression = try AbsorbedRegression(response: sample.frame.response, regressors: regressors,
                                                dimensions: sample.frame.fixedEffects, cluster: sample.unit)
        return RegressionResult.make(model: descriptor.name, request: request, sample: sample, regression: regression,
                                     terms: regression.terms, estimates: regression.coefficients, covariance: regression.covariance,
                                     notes: [BilingualText("ATT is the coefficient on the treatment indicator 1{period >= cohort}.",
                                                           chinese: "ATT 为处理指示变量（自首次处理期起为 1）的系数。")])
    }
}
