import Foundation
import GravityCore

/// The scale a coefficient chart draws estimates on.
public enum CoefficientScale: String, Sendable, CaseIterable {
    /// The estimates as reported, in panels of comparable terms (elasticities, semi-elasticities).
    case raw
    /// x-standardised coefficients b × sd(x), as Stata's `listcoef` reports them (`bStdX`): the
    /// change in the response (log trade for a log model) for a one-standard-deviation increase of
    /// the regressor as it enters the model (sd of log(x) for a logged regressor), so every term
    /// shares one axis. sd(x) is the sample standard deviation (n - 1) of the design column over
    /// the model's estimation sample, overall (not within units), and is treated as fixed: the
    /// interval is the coefficient's interval times sd(x). The response is not standardised.
    case standardised
}

/// The standard deviation of each regressor over a model's estimation sample.
enum RegressorSpread {
    /// sd(x) of every design column of `result`'s formula on `dataset` (the data it was fitted to),
    /// over the rows the model used (those with a fitted value), keyed by term name.
    static func standardDeviations(of result: EstimationResult, in dataset: Dataset) throws -> [String: Double] {
        guard result.fitted.count == dataset.rowCount else {
            throw GravityError.invalidInput("The model `\(result.model)` was fitted to \(result.fitted.count) rows, not to these \(dataset.rowCount): cannot standardise its coefficients.")
        }
        let frame = try ModelFrame(dataset: dataset, formula: try Formula(result.formula), extraParts: .groupings)
        let used = frame.rowIndices.indices.filter { result.fitted[frame.rowIndices[$0]] != nil }
        var spreads: [String: Double] = [:]
        guard used.count > 1 else { return spreads }
        for (column, name) in frame.design.columnNames.enumerated() where name != "(Intercept)" {
            let x = frame.design.matrix.column(column)
            let mean = used.reduce(0) { $0 + x[$1] } / Double(used.count)
            let squares = used.reduce(0) { $0 + (x[$1] - mean) * (x[$1] - mean) }
            spreads[name] = (squares / Double(used.count - 1)).squareRoot()
        }
        return spreads
    }
}
