import GravityCore
import GravityLinearAlgebra

/// The between panel estimator, `be`: least squares on the unit means, one row per unit,
/// unweighted, as R's `plm(model = "between")` and Stata's `xtreg, be`.
///
/// Standard errors are classical (as in both). Reports the R-squared of the means regression
/// and its adjusted form, Stata's within, between and overall R-squared, and the residual
/// standard error. Fitted values are `x_it b` with the intercept on each observation.
public struct BetweenEstimator: Estimator {
    /// Creates the estimator.
    public init() {}

    /// Name `be` (alias `between`); no options; classical standard errors.
    public var descriptor: EstimatorDescriptor {
        EstimatorDescriptor(name: "be", aliases: ["between"], summary: "Between panel estimator (least squares on unit means)",
                            requiresPanel: true, covarianceKinds: [.classical])
    }

    /// Fits the model.
    public func fit(_ data: Dataset, request: FitRequest, options: EstimatorOptions) throws -> EstimationResult {
        let sample = try PanelSample(data: data, request: request, estimator: descriptor.name)
        let design = sample.design, units = sample.unit
        let means = UnitMeans(design.matrix, units: units)
        let response = units.means(sample.response)
        let fit = try LeastSquaresFit(response: response, design: DesignMatrix(matrix: Matrix(columnList: means.columns), columnNames: design.columnNames,
                                                                               hasIntercept: design.hasIntercept))
        guard units.count > fit.rank else {
            throw GravityError.invalidInput("There are \(units.count) units for \(fit.rank) coefficients; the between estimator needs more units than coefficients.")
        }
        let summary = LinearModelSummary(response: response, residualSumOfSquares: fit.residualSumOfSquares, rank: fit.rank, hasIntercept: design.hasIntercept)
        let covariance = (summary.sigma * summary.sigma) * fit.bread
        let fitted = sample.prediction(of: fit)
        let residuals = zip(sample.response, fitted).map { $0 - $1 }
        let stata = StataRSquared(sample: sample, xb: sample.prediction(of: fit, intercept: false))
        let statistics = [FitStatistic("r_squared", summary.rSquared), FitStatistic("adj_r_squared", summary.adjustedRSquared)] + stata.statistics
            + [FitStatistic("sigma", summary.sigma), FitStatistic("df_residual", Double(summary.dfResidual)),
               FitStatistic("nobs", Double(sample.observationCount))] + sample.sizeStatistics
        let panel = sample.structure.bilingualSummary
        let panelNote = BilingualText("Panel: \(panel.english); the regression has one row per unit (\(units.count)).",
                                      chinese: "面板：\(panel.chinese)；回归中每个单位一行（\(units.count) 行）。")
        return EstimationResult(
            model: descriptor.name, formula: request.formula.text, responseName: request.formula.responseName,
            nobs: sample.observationCount, covarianceLabel: "classical", terms: fit.terms, estimates: fit.coefficients,
            covariance: covariance, inference: .studentT(Double(summary.dfResidual)), confidenceLevel: request.confidenceLevel,
            statistics: statistics, tests: [summary.fTest],
            fitted: sample.frame.alignedToInput(fitted), residuals: sample.frame.alignedToInput(residuals),
            bilingualNotes: sample.frame.bilingualNotes + fit.omissions + summary.notes + [panelNote])
    }
}
