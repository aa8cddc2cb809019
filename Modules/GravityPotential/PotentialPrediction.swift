import Foundation
import GravityCore
import GravityIO

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

    /// The prediction a model actually divides by: for random effects the model's own fitted
    /// values are the linear prediction, so `fitted` is `xb` there.
    func effective(for result: EstimationResult) -> PotentialPrediction {
        self == .fitted && result.model == "re" ? .xb : self
    }

    /// The predictions (on the formula's scale) for each input row, and a note saying which
    /// prediction they are; `xb` and `xbu` need a panel model (`fe` or `re`).
    func values(of result: EstimationResult, dataset: Dataset, panel: PanelSpecification) throws -> (values: RowAlignedValues, note: BilingualText?) {
        switch effective(for: result) {
        case .fitted:
            return (result.fitted, nil)
        case .xb:
            if result.model == "re" {
                let (hint, chineseHint) = self == .fitted ? ("the default; ", "默认；") : ("", "")
                return (result.fitted, BilingualText(
                    "Prediction: xb, the linear prediction without the estimated random effect (\(hint)--prediction xbu adds it).",
                    chinese: "预测值：xb，即不含随机效应估计值的线性预测（\(chineseHint)--prediction xbu 加入随机效应）。"))
            }
            guard let intercept = result.statistic("intercept") ?? result.coefficient("(Intercept)")?.estimate else {
                throw GravityError.invalidOption("--prediction xb needs a model with an intercept or a mean unit effect (fe, re, ols); `\(result.model)` has neither.")
            }
            let shown = String(format: "%.6g", intercept)
            return (try linearPrediction(result, dataset: dataset, intercept: intercept), BilingualText(
                "Prediction: xb, the linear prediction without the unit effects (intercept = the mean unit effect \(shown)): K is relative to an average unit, not to the unit's own history.",
                chinese: "预测值：xb，即不含个体效应的线性预测（截距 = 个体效应均值 \(shown)）：K 相对于平均个体，而非该个体自身的历史水平。"))
        case .xbu:
            guard result.model == "re", let sigmaU = result.statistic("sigma_u"), let sigmaE = result.statistic("sigma_e") else {
                throw GravityError.invalidOption("--prediction xbu adds the estimated random effect: it needs a random-effects model (re), not `\(result.model)`.")
            }
            return (try withRandomEffect(result, dataset: dataset, panel: panel, sigmaU: sigmaU, sigmaE: sigmaE), BilingualText(
                "Prediction: xbu, the linear prediction plus the estimated random effect (BLUP): the unit's persistent trading level is part of the prediction, so K tracks deviations from it.",
                chinese: "预测值：xbu，即线性预测加随机效应估计值（BLUP）：个体的长期贸易水平包含在预测中，K 反映对该水平的偏离。"))
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
