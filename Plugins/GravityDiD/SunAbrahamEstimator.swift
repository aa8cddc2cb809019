import GravityCore
import GravityLinearAlgebra

/// Sun and Abraham's (2021) interaction-weighted event study: the outcome on cohort-by-event-time
/// indicators (every event time but -1) with unit and period effects absorbed and never-treated
/// units as controls, then each event time's effect as the cohort-share weighted average of the
/// cohort-specific ones, and the overall ATT weighting every post-treatment cell by its
/// observations. Standard errors by the delta method from the unit-clustered covariance (fixest's
/// small-sample factor), weights held fixed, as pyfixest's and fixest's `sunab` aggregation.
///
/// Without never-treated units the last-treated cohort is the control and the periods from its
/// treatment on are dropped. The cohort-specific coefficients and the weights are in the JSON
/// section `cohort_effects`.
public struct SunAbrahamEstimator: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `sun-abraham` (aliases `sa`, `sunab`), timing options.
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(name: "sun-abraham", aliases: ["sa", "sunab"], summary: "Sun-Abraham interaction-weighted event study (cohort-share weights)",
                            options: TimingOptions.specifications, requiresPanel: true, covarianceKinds: [.classical, .cluster])
    }

    /// Fits the model.
    public func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        try RegressionResult.requireUnitClustering(request, estimator: descriptor.name)
        let source = try TimingOptions.source(options, estimator: descriptor.name)
        var sample = try DiDRegressionSample(dataset: data, formula: request.formula, panel: request.panel!, timing: source, estimator: descriptor.name)
        var notes: [BilingualText] = []
        var control: Int? = nil
        if !sample.cohort.contains(where: { $0 == nil }) {
            guard let last = sample.cohorts.last, sample.cohorts.count > 1 else {
                throw GravityError.invalidInput("`sun-abraham` needs never-treated units or at least two cohorts (the last treated one serves as the control).")
            }
            sample = try DiDRegressionSample(dataset: data, formula: request.formula, panel: request.panel!,
                                             timing: source, estimator: descriptor.name, keepingPeriods: { $0 < last })
            control = last
            notes.append(BilingualText(
                "No unit is never treated: cohort \(sample.label(last)) is the control and the periods from \(sample.label(last)) on are dropped.",
                chinese: "没有从未受处理的单位：以处理组群 \(sample.label(last)) 为对照，并删除 \(sample.label(last)) 及以后的时期。"))
        }
        let cells = CohortEventCells(sample, control: control)
        let covariates = sample.covariates
        let regressors = DesignMatrix(matrix: Matrix(rows: sample.count, columns: cells.names.count + covariates.matrix.columns,
                                                     columnMajor: cells.indicators + covariates.matrix.values),
                                      columnNames: cells.names + covariates.columnNames, hasIntercept: false)
        let regression = try AbsorbedRegression(response: sample.frame.response, regressors: regressors,
                                                dimensions: sample.frame.fixedEffects, cluster: sample.unit)
        let aggregation = InteractionWeights(cells: cells, regression: regression, covariates: covariates.columnNames)
        return RegressionResult.make(model: descriptor.name, request: request, sample: sample, regression: regression,
                                     terms: aggregation.terms, estimates: aggregation.estimates, covariance: aggregation.covariance,
                                     notes: notes + [BilingualText(
                                         "ATT weights each post-treatment cohort-event cell by its observations; event::e weights the cohorts by their observations at e.",
                                         chinese: "ATT 按观测值数对处理后的每个组群-事件时间单元加权；event::e 按各组群在事件时间 e 的观测值数加权。")],
                                     sections: [("cohort_effects", aggregation.cohortEffectsJSON(sample))])
    }
}
