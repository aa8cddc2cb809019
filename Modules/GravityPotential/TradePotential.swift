import Foundation
import GravityCore
import GravityIO

/// How K is computed from a fitted model.
public enum PotentialRatio: String, Sendable, CaseIterable {
    /// K = actual / predicted trade in levels (the default; log models are retransformed with exp).
    case levels
    /// K = log(actual) / fitted log value, as some studies computed it; K then is not a ratio of
    /// trade and turns meaningless (even negative) when a logarithm is not positive.
    case log
}

/// One unit-period of a trade-potential analysis.
public struct PotentialRow: Sendable, Equatable {
    /// The unit's label (partner country or pair).
    public var unit: String
    /// The period's label.
    public var time: String
    /// Actual trade (in levels; in logs for the log ratio).
    public var actual: Double
    /// Predicted trade: the model's prediction, or the frontier for frontier models.
    public var predicted: Double
    /// K = actual / predicted.
    public var k: Double
    /// The class index, 0 to 2.
    public var classIndex: Int
    /// The class label.
    public var label: String
    /// The unit's position in ``TradePotential/units`` (units are told apart by this, not by label).
    public var unitIndex: Int
    /// The period's position in ``TradePotential/periods``.
    public var periodIndex: Int
}

/// Trade potential K = actual / predicted trade per unit and period, with classes and transitions.
///
/// For a log-linear model (response `log(x)`) the prediction is retransformed to levels with
/// exp(fitted), times Duan's smearing factor mean(exp(residual)) when requested. For a frontier
/// model that reports efficiencies, K is the efficiency and the predicted value is the potential
/// actual / K. The boundary rule is ``PotentialClassification``'s.
public struct TradePotential: Sendable {
    /// The rows with a defined K, ordered by unit then period.
    public let rows: [PotentialRow]
    /// Units in order of first appearance in the data.
    public let units: [String]
    /// Periods in ascending order.
    public let periods: [String]
    /// The classification used.
    public let classification: PotentialClassification
    /// The ratio mode used.
    public let ratio: PotentialRatio
    /// Duan's smearing factor, when applied.
    public let smearingFactor: Double?
    /// How K was computed, cells left out, and warnings, in both report languages (the
    /// classification rule is added when rendering, in the report's language).
    public var notes: [BilingualText]
    /// A warning every output must carry (K centred by unit effects, --allow-centred), if any.
    public let warning: BilingualText?
    /// Whether K is a frontier model's technical efficiency (on [0, 1]).
    public let isEfficiency: Bool
    /// The registered name of the model the prediction comes from.
    public let model: String
    /// The prediction K divides by, as used: for random effects the model's fitted values are `xb`.
    public let prediction: PotentialPrediction
    /// The panel's unit and time columns.
    public let panel: PanelSpecification

    /// Computes the analysis from a fitted model on `dataset` (the data it was fitted to), dividing
    /// by `prediction`. A model whose unit effects absorb the unit is refused (see
    /// ``PotentialPrediction``) unless `allowCentred`, which proceeds with a warning in the notes.
    public init(result: EstimationResult, dataset: Dataset, panel: PanelSpecification,
                classification: PotentialClassification, ratio: PotentialRatio = .levels, smearing: Bool = false,
                prediction: PotentialPrediction = .fitted, allowCentred: Bool = false) throws {
        guard result.fitted.count == dataset.rowCount else {
            throw GravityError.invalidInput("The model was fitted to a dataset with \(result.fitted.count) rows, not this one with \(dataset.rowCount).")
        }
        let warning = try UnitAbsorption.check(result, panel: panel, prediction: prediction, allowCentred: allowCentred)
        let (fittedValues, predictionNote) = try prediction.values(of: result, dataset: dataset, panel: panel)
        let formula = try Formula(result.formula)
        var notes: [BilingualText] = (warning.map { [$0] } ?? []) + (predictionNote.map { [$0] } ?? [])
        let actualValues: [Double]
        var predictedFor: (Int, Double) -> Double
        var efficiencies: RowAlignedValues? = nil
        var factor: Double? = nil
        let isLog: Bool
        if case .call("log", let arguments) = formula.response { isLog = true; actualValues = try dataset.evaluate(arguments[0]) } else {
            isLog = false
            actualValues = try dataset.evaluate(formula.response)
        }
        switch ratio {
        case .log:
            guard isLog else { throw GravityError.invalidOption("--ratio log needs a model of log(trade); this model's response is `\(result.responseName)`.") }
            notes.append(BilingualText(
                "K = log(actual) / fitted log value (--ratio log), as some studies computed it: K is not a ratio of trade levels and loses meaning when a logarithm is not positive.",
                chinese: "K = 实际值的对数 / 对数拟合值（--ratio log），与部分文献的算法相同：此时 K 不是贸易水平之比，对数不为正时失去意义。"))
            predictedFor = { _, fitted in fitted }
        case .levels:
            if let efficiency = result.efficiency {
                notes.append(BilingualText("Frontier model: K is the technical efficiency and the predicted value is the potential actual / K.",
                                           chinese: "随机前沿模型：K 为技术效率，预测值为潜在贸易额 = 实际值 / K。"))
                efficiencies = efficiency
                predictedFor = { row, _ in efficiency[row].map { actualValues[row] / $0 } ?? .nan }
            } else if isLog {
                if smearing {
                    let residuals = result.residuals.compactMap { $0 }
                    factor = residuals.reduce(0) { $0 + Foundation.exp($1) } / Double(residuals.count)
                    let shown = String(format: "%.6f", factor!)
                    notes.append(BilingualText("Predicted trade = exp(fitted log) x Duan's smearing factor \(shown).",
                                               chinese: "预测贸易额 = exp(对数拟合值) × Duan 涂抹因子 \(shown)。"))
                } else {
                    notes.append(BilingualText("Predicted trade = exp(fitted log) (no smearing correction; --smearing applies Duan's).",
                                               chinese: "预测贸易额 = exp(对数拟合值)（未作涂抹校正；--smearing 使用 Duan 校正）。"))
                }
                let scale = factor ?? 1
                predictedFor = { _, fitted in Foundation.exp(fitted) * scale }
            } else {
                notes.append(BilingualText("The response is in levels (as PPML): predicted trade is the fitted value, and no retransformation correction is needed.",
                                           chinese: "被解释变量为水平值（如 PPML）：预测贸易额即拟合值，无需逆变换校正。"))
                predictedFor = { _, fitted in fitted }
            }
        }
        let units = try dataset.column(panel.unit).categoryCodes, periods = try dataset.column(panel.time).categoryCodes
        var rows: [PotentialRow] = []
        var undefined = 0, nonPositivePredictions = 0, nonPositiveLogs = 0, zeroFlows = 0
        for row in 0..<dataset.rowCount {
            guard let fitted = fittedValues[row], units.codes[row] >= 0, periods.codes[row] >= 0 else { continue }
            let actual = ratio == .log ? Foundation.log(actualValues[row]) : actualValues[row]
            let predicted = predictedFor(row, fitted)
            if ratio == .levels && efficiencies == nil && predicted <= 0 { nonPositivePredictions += 1; continue }
            let k = efficiencies?[row] ?? actual / predicted
            guard k.isFinite, predicted.isFinite else { undefined += 1; continue }
            if ratio == .log && (actual <= 0 || predicted <= 0) { nonPositiveLogs += 1 }
            if actual == 0 && !isLog { zeroFlows += 1 }
            let index = classification.classIndex(of: k)
            let unit = Int(units.codes[row]), period = Int(periods.codes[row])
            rows.append(PotentialRow(unit: units.levels[unit], time: periods.levels[period], actual: actual, predicted: predicted, k: k,
                                     classIndex: index, label: classification.labels[index], unitIndex: unit, periodIndex: period))
        }
        if nonPositivePredictions > 0 {
            notes.append(BilingualText("\(nonPositivePredictions) row(s) have a predicted trade of zero or below, where K = actual / predicted is undefined; they are left out.",
                                       chinese: "\(nonPositivePredictions) 行的预测贸易额小于或等于0，K = 实际值 / 预测值无定义，已剔除。"))
        }
        if zeroFlows > 0 {
            let bound = NumberFormatting.significant(classification.lower)
            notes.append(BilingualText("\(zeroFlows) zero flow(s) have K = 0 (actual trade 0 against a positive prediction): the largest potential, in the first class (K <= \(bound)).",
                                       chinese: "\(zeroFlows) 个零贸易流的 K = 0（实际贸易为0而预测为正）：潜力最大，归入第一类（K <= \(bound)）。"))
        }
        if undefined > 0 {
            notes.append(BilingualText("\(undefined) row(s) with a fitted value have no defined K (missing or infinite prediction or ratio) and are left out.",
                                       chinese: "\(undefined) 行虽有拟合值但 K 无定义（预测值或比值缺失或为无穷），已剔除。"))
        }
        if nonPositiveLogs > 0 {
            notes.append(BilingualText("Warning: \(nonPositiveLogs) row(s) have a non-positive logarithm of actual or predicted trade; their K under --ratio log has no meaning.",
                                       chinese: "警告：\(nonPositiveLogs) 行的实际或预测贸易额的对数不为正，其 --ratio log 下的 K 没有意义。"))
        }
        let skipped = fittedValues.filter { $0 == nil }.count
        if skipped > 0 {
            notes.append(BilingualText("\(skipped) row(s) were not used by the model (missing values) and show as \"-\".",
                                       chinese: "\(skipped) 行未进入模型（存在缺失值），以“-”表示。"))
        }
        guard !rows.isEmpty else { throw GravityError.invalidInput("No row has a defined trade-potential ratio.") }
        if let label = rows.lazy.map(\.time).first(where: { $0.finiteNumberValue == nil }) {
            throw GravityError.invalidInput(
                "The time column `\(panel.time)` holds the period `\(label)`, which is not a finite number; trade potential orders "
                    + "periods to trace each unit's path through the classes and needs them written as numbers (years). Correct the "
                    + "column or write that value as missing.")
        }
        try self.init(rows: rows, unitLabels: units.levels, periodLabels: periods.levels, panel: panel, classification: classification,
                      ratio: ratio, smearingFactor: factor, notes: notes, warning: warning, isEfficiency: efficiencies != nil,
                      model: result.model, prediction: prediction.effective(for: result))
    }

    /// Orders `rows` by unit (first appearance) then period, keeping only the units and periods
    /// that occur; throws when a unit has two rows for one period.
    private init(rows: [PotentialRow], unitLabels: [String], periodLabels: [String], panel: PanelSpecification,
                 classification: PotentialClassification, ratio: PotentialRatio, smearingFactor: Double?, notes: [BilingualText],
                 warning: BilingualText?, isEfficiency: Bool, model: String, prediction: PotentialPrediction) throws {
        var unitRank = [Int](repeating: -1, count: unitLabels.count), unitOrder: [Int] = []
        var periodUsed = [Bool](repeating: false, count: periodLabels.count)
        for row in rows {
            if unitRank[row.unitIndex] < 0 { unitRank[row.unitIndex] = unitOrder.count; unitOrder.append(row.unitIndex) }
            periodUsed[row.periodIndex] = true
        }
        var periodRank = [Int](repeating: -1, count: periodLabels.count), periodOrder: [Int] = []
        for period in periodLabels.indices where periodUsed[period] { periodRank[period] = periodOrder.count; periodOrder.append(period) }
        var ordered = rows.map { row -> PotentialRow in
            var row = row
            (row.unitIndex, row.periodIndex) = (unitRank[row.unitIndex], periodRank[row.periodIndex])
            return row
        }
        ordered.sort { ($0.unitIndex, $0.periodIndex) < ($1.unitIndex, $1.periodIndex) }
        if let twice = zip(ordered, ordered.dropFirst()).first(where: { $0.unitIndex == $1.unitIndex && $0.periodIndex == $1.periodIndex }) {
            throw GravityError.invalidInput("The data have two rows for \(panel.unit) `\(twice.0.unit)` in \(panel.time) `\(twice.0.time)`; each unit may appear once per period.")
        }
        self.rows = ordered
        self.units = unitOrder.map { unitLabels[$0] }
        self.periods = periodOrder.map { periodLabels[$0] }
        self.classification = classification
        self.ratio = ratio
        self.smearingFactor = smearingFactor
        self.notes = notes
        self.warning = warning
        self.isEfficiency = isEfficiency
        self.model = model
        self.prediction = prediction
        self.panel = panel
    }

    /// The rows keyed by unit and period position, for tables laid out unit by period.
    public var rowsByCell: [PotentialCell: PotentialRow] {
        Dictionary(uniqueKeysWithValues: rows.map { (PotentialCell(unit: $0.unitIndex, period: $0.periodIndex), $0) })
    }
}

/// A unit-period cell of the wide table, by positions in ``TradePotential/units`` and ``TradePotential/periods``.
public struct PotentialCell: Hashable, Sendable {
    /// The unit's position.
    public var unit: Int
    /// The period's position.
    public var period: Int

    /// A cell.
    public init(unit: Int, period: Int) {
        self.unit = unit
        self.period = period
    }
}
