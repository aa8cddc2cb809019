import Foundation
import GravityCore

/// Which prediction trade potential divides by.
///
/// With unit effects in the prediction (fixed effects, or a random effect added back), the unit's
/// persistent under- or over-trading is part of the prediction, so K only tracks year-to-year
/// noise around 1. `xb` leaves the unit effect out: K is then relative to an average unit.
public enum PotentialPrediction: String, Sendable, CaseIterable {
    /// The model's own fitted values: for `re` the linear prediction `xb`, for `fe` the fitted
    /// values with the unit effects (refused unless centred K is allowed).
    case fitted
    /// The linear prediction without any unit effect: X b plus the intercept (for `fe`, Stata's
    /// `_cons`, the mean unit effect): K relative to an average unit.
    case xb
    /// For random effects, `xb` plus the estimated random effect (the BLUP
    /// sigma_u^2 / (sigma_u^2 + sigma_e^2 / T_i) times unit i's mean residual, as Stata's `predict, xbu`).
    case xbu

    /// The predictions (on the formula's scale) for each input row, and a note saying which
    /// prediction they are; `xb` and `xbu` need a panel model (`fe` or `re`).
    func values(of result: EstimationResult, dataset: Dataset, panel: PanelSpecification) throws -> (values: RowAlignedValues, note: String?) {
        switch self {
        case .fitted:
            let note = result.model == "re"
                ? "Prediction: xb, the linear prediction without the estimated random effect (the default; --prediction xbu adds it)." : nil
            return (result.fitted, note)
        case .xb:
            if result.model == "re" {
                return (result.fitted, "Prediction: xb, the linear prediction without the estimated random effect (--prediction xbu adds it).")
            }
            guard let intercept = result.statistic("intercept") ?? result.coefficient("(Intercept)")?.estimate else {
                throw GravityError.invalidOption("--prediction xb needs a model with an intercept or a mean unit effect (fe, re, ols); `\(result.model)` has neither.")
            }
            return (try linearPrediction(result, dataset: dataset, intercept: intercept),
                    "Prediction: xb, the linear prediction without the unit effects (intercept = the mean unit effect \(String(format: "%.6g", intercept))): K is relative to an average unit, not to the unit's own history.")
        case .xbu:
            guard result.model == "re", let sigmaU = result.statistic("sigma_u"), let sigmaE = result.statistic("sigma_e") else {
                throw GravityError.invalidOption("--prediction xbu adds the estimated random effect: it needs a random-effects model (re), not `\(result.model)`.")
            }
            return (try withRandomEffect(result, dataset: dataset, panel: panel, sigmaU: sigmaU, sigmaE: sigmaE),
                    "Prediction: xbu, the linear prediction plus the estimated random effect (BLUP): the unit's persistent trading level is part of the prediction, so K tracks deviations from it.")
        }
    }

    /// X b + intercept for every row the model used, with X built from the formula's regressors.
    private func linearPrediction(_ result: EstimationResult, dataset: Dataset, intercept: Double) throws -> RowAlignedValues {
        let formula = try Formula(result.formula)
        let frame = try ModelFrame(dataset: dataset, formula: formula, extraParts: .groupings)
        // A model with an (Intercept) term adds it through its design column; fe adds its mean unit effect.
        var values = [Double](repeating: result.coefficient("(Intercept)") == nil ? intercept : 0, count: frame.observationCount)
        for (column, name) in frame.design.columnNames.enumerated() {
            guard let coefficient = result.coefficient(name) else { continue }
            let x = frame.design.matrix.column(column)
            for row in values.indices { values[row] += coefficient.estimate * x[row] }
        }
        return frame.alignedToInput(values)
    }

    /// xb plus each unit's BLUP of its random effect from the composite residuals.
    private func withRandomEffect(_ result: EstimationResult, dataset: Dataset, panel: PanelSpecification, sigmaU: Double, sigmaE: Double) throws -> RowAlignedValues {
        let units = try dataset.column(panel.unit)
        var sums: [String: (total: Double, count: Int)] = [:]
        for row in 0..<dataset.rowCount {
            guard let residual = result.residuals[row], let unit = units.text(at: row) else { continue }
            sums[unit, default: (0, 0)].total += residual
            sums[unit, default: (0, 0)].count += 1
        }
        let varianceU = sigmaU * sigmaU, varianceE = sigmaE * sigmaE
        return RowAlignedValues((0..<dataset.rowCount).map { row -> Double? in
            guard let fitted = result.fitted[row], let unit = units.text(at: row), let sum = sums[unit] else { return nil }
            let count = Double(sum.count)
            return fitted + varianceU / (varianceU + varianceE / count) * sum.total / count
        })
    }
}
