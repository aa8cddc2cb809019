import GravityCore
import GravityLinearAlgebra

/// The first-difference panel estimator, `fd`: least squares of `y_it - y_i,t-1` on
/// `x_it - x_i,t-1`, with an intercept (a common trend) as R's `plm(model = "fd")` keeps.
///
/// Differences are taken only between a unit's rows in consecutive periods of the panel's time
/// sequence; a gap is not bridged (``FirstDifferences``). Regressors that do not change over
/// time are removed by differencing and named in a note. Standard errors are classical or
/// cluster-robust on the differenced rows (``ClusterConvention``, with `N` the number of
/// differences). Fitted values are one step ahead on the response's scale,
/// `y_i,t-1 + fitted difference`, for the rows that have a difference.
public struct FirstDifferenceEstimator: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `fd` (alias `first-differences`); option `cluster_convention`.
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(name: "fd", aliases: ["first-differences"],
                            summary: "First-difference panel estimator (gaps in time are not bridged)",
                            options: [ClusterConvention.option], requiresPanel: true, covarianceKinds: [.classical, .cluster])
    }

    /// Fits the model.
    public func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        let convention = ClusterConvention(rawValue: options.string("cluster_convention"))!
        let sample = try PanelSample(data: data, request: request, estimator: descriptor.name)
        try sample.structure.requireNumericPeriods(estimator: descriptor.name)
        let differences = FirstDifferences(sample: sample)
        guard differences.count > 0 else {
            throw GravityError.invalidInput("No unit is observed in two consecutive periods, so there are no first differences to estimate from.")
        }
        let (design, removed) = differences.design(of: sample)
        guard design.matrix.columns > 0 else {
            throw GravityError.invalidInput("Every regressor is constant over time within units (\(removed.joined(separator: ", "))); first differences remove them all.")
        }
        let response = differences.apply(sample.response)
        let fit = try LeastSquaresFit(response: response, design: design)
        guard differences.count > fit.rank else {
            throw GravityError.invalidInput("There are \(differences.count) differences for \(fit.rank) coefficients; first differences need more differences than coefficients.")
        }
        let summary = LinearModelSummary(response: response, residualSumOfSquares: fit.residualSumOfSquares, rank: fit.rank, hasIntercept: design.hasIntercept)
        let covariance = try PanelCovariance(specification: request.covariance, convention: convention, fit: fit,
                                             residualVariance: summary.sigma * summary.sigma, dfResidual: summary.dfResidual,
                                             clusters: sample.clusters(for: request.covariance, rows: differences.laterRows),
                                             absorbsConstant: false, asymptotic: false)
        var fitted = [Double?](repeating: nil, count: sample.frame.inputRowCount)
        var residuals = [Double?](repeating: nil, count: sample.frame.inputRowCount)
        for k in 0..<differences.count {
            let row = sample.frame.rowIndices[differences.laterRows[k]]
            fitted[row] = sample.response[differences.earlierRows[k]] + fit.fitted[k]
            residuals[row] = fit.residuals[k]
        }
        let panel = sample.structure.bilingualSummary
        var notes = sample.frame.bilingualNotes
            + removed.map { BilingualText("`\($0)` does not change over time within units; first differences remove it.", chinese: "`\($0)` 在单位内不随时间变化；一阶差分将其消去。") }
            + fit.omissions + [BilingualText("Panel: \(panel.english); \(differences.count) first differences.",
                                             chinese: "面板：\(panel.chinese)；\(differences.count) 个一阶差分。")]
        if differences.gapCount > 0 {
            notes.append(BilingualText("\(differences.gapCount) pair(s) of a unit's consecutive rows are more than one period apart; no difference was taken across those gaps.",
                                       chinese: "\(differences.gapCount) 对同一单位的相邻行相隔超过一期；跨越这些缺口不取差分。"))
        }
        if let note = sample.singletonNote(consequence: BilingualText("they have no first difference.", chinese: "它们没有一阶差分。")) { notes.append(note) }
        let statistics = [FitStatistic("r_squared", summary.rSquared), FitStatistic("adj_r_squared", summary.adjustedRSquared),
                          FitStatistic("sigma", summary.sigma), FitStatistic("df_residual", Double(summary.dfResidual)),
                          FitStatistic("nobs", Double(differences.count))] + sample.sizeStatistics
        return EstimationResult(
            model: descriptor.name, formula: request.formula.text, responseName: request.formula.responseName,
            nobs: differences.count, covarianceLabel: covariance.label, terms: fit.terms, estimates: fit.coefficients,
            covariance: covariance.matrix, inference: covariance.inference, confidenceLevel: request.confidenceLevel,
            statistics: statistics, tests: covariance.slopesTest(fit).map { [$0] } ?? [], fitted: RowAlignedValues(fitted),
            residuals: RowAlignedValues(residuals), bilingualNotes: notes)
    }
}
