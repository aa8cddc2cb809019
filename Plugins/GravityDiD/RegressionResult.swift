import GravityCore
import GravityLinearAlgebra

/// Builds the `EstimationResult` of a regression-based DiD estimator: coefficient table with the
/// covariance path's inference (t(G-1)), within R-squared and cluster count, fitted values and residuals aligned to
/// the input rows, the sample's notes and the regression's omissions.
enum RegressionResult {
    /// The result for `terms` with `estimates` and `covariance` (which may be a transformation of
    /// the regression's own coefficients, as Sun-Abraham's aggregation).
    static func make(model: String, request: FitRequest, sample: DiDRegressionSample, regression: AbsorbedRegression,
                     terms: [String], estimates: [Double], covariance: Matrix, notes: [BilingualText] = [],
                     sections: [(String, JSONValue)] = []) -> EstimationResult {
        let response = sample.frame.response
        let fitted = zip(response, regression.residuals).map { $0 - $1 }
        return EstimationResult(model: model, formula: request.formula.text, responseName: request.formula.responseName,
                                nobs: sample.count, covarianceLabel: regression.covarianceLabel,
                                terms: terms, estimates: estimates, covariance: covariance,
                                inference: regression.inference, confidenceLevel: request.confidenceLevel,
                                statistics: [FitStatistic("r2_within", regression.withinRSquared), FitStatistic("clusters", Double(regression.clusterCount))],
                                fitted: sample.frame.alignedToInput(fitted), residuals: sample.frame.alignedToInput(regression.residuals),
                                bilingualNotes: sample.notes + regression.omissions + notes, extraSections: sections)
    }

    /// Rejects covariance requests other than the default (clustered by unit) or clustering by the unit.
    static func requireUnitClustering(_ request: FitRequest, estimator: String) throws {
        guard let unit = request.panel?.unit else { return }
        switch request.covariance {
        case .classical: return
        case .cluster(let columns) where columns == [unit]: return
        default:
            throw GravityError.invalidOption("`\(estimator)` clusters standard errors by the unit (`\(unit)`); leave --vcov out or give cluster:\(unit).")
        }
    }
}
