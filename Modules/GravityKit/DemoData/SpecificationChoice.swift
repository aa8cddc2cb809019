import GravityCore

/// The demo's choice of the model for trade potential, and of the prediction K divides by, with
/// the reasons written into every file where the choice matters, in both report languages.
public struct SpecificationChoice: Sendable {
    /// `ols`, `fe` or `re`.
    public let model: String
    /// Why the tests point to this model.
    public let reason: BilingualText
    /// The prediction trade potential divides by, as used (for `re`, `xb`).
    public let prediction: PotentialPrediction
    /// Why that prediction.
    public let predictionReason: BilingualText

    /// The choice at 5%: the cluster-robust Hausman test decides between fixed and random effects
    /// when it is computable, else the classic Hausman test (saying why); without either, the
    /// Breusch-Pagan test chooses random effects over pooled OLS, and the F test fixed effects.
    /// With fixed effects, K divides by the prediction without the unit effect (`xb`): the unit
    /// effect would absorb each unit's persistent under- or over-trading. Random effects divide
    /// by their linear prediction `xb`, pooled OLS by its fitted values.
    public init(tests: [TestResult], unit: String) {
        func find(_ kind: TestDescription.Kind) -> TestResult? { tests.first { TestDescription.Kind(name: $0.name) == kind } }
        func p(_ test: TestResult) -> String { NumberFormatting.pValue(test.pValue) }
        func verdict(_ test: TestResult) -> BilingualText {
            test.pValue < 0.05 ? BilingualText("rejects", chinese: "拒绝") : BilingualText("does not reject", chinese: "不拒绝")
        }
        var reasons: [BilingualText] = []
        var decided: String?
        if let robust = find(.regressionHausman) {
            if robust.pValue.isFinite {
                decided = robust.pValue < 0.05 ? "fe" : "re"
                reasons.append(BilingualText(
                    "the cluster-robust Hausman test \(verdict(robust).english) random effects at 5% (p = \(p(robust)))",
                    chinese: "聚类稳健 Hausman 检验在5%水平上\(verdict(robust).chinese)随机效应（p = \(p(robust))）"))
            } else {
                let counts = robust.note.map { String($0.prefix { $0 != ":" }) } ?? "rank-deficient covariance"
                let why = robust.note.map { TestDescription.reason($0, language: .zh) } ?? "检验的协方差矩阵不满秩。"
                reasons.append(BilingualText(
                    "the cluster-robust Hausman test is not computable (\(counts): its covariance is singular), so the classic Hausman test decides",
                    chinese: "聚类稳健 Hausman 检验无法计算（\(why.hasSuffix("。") ? String(why.dropLast()) : why)），因此由经典 Hausman 检验决定"))
            }
        }
        if decided == nil, let classic = find(.hausman), classic.pValue.isFinite {
            decided = classic.pValue < 0.05 ? "fe" : "re"
            reasons.append(BilingualText(
                "the classic Hausman test \(verdict(classic).english) random effects at 5% (p = \(p(classic)))",
                chinese: "经典 Hausman 检验在5%水平上\(verdict(classic).chinese)随机效应（p = \(p(classic))）"))
        }
        if decided == nil, let lm = find(.breuschPagan), lm.pValue < 0.05 {
            decided = "re"
            reasons.append(BilingualText("the Breusch-Pagan test finds unit effects (p = \(p(lm)))",
                                         chinese: "Breusch-Pagan 检验表明存在个体效应（p = \(p(lm))）"))
        }
        if decided == nil, let f = find(.effectsF("individual")), f.pValue < 0.05 {
            decided = "fe"
            reasons.append(BilingualText("the F test finds unit effects (p = \(p(f)))", chinese: "F 检验表明存在个体效应（p = \(p(f))）"))
        }
        model = decided ?? "ols"
        reason = reasons.isEmpty
            ? BilingualText("no test finds unit effects at 5%", chinese: "没有检验在5%水平上发现个体效应")
            : BilingualText(reasons.map(\.english).joined(separator: "; "), chinese: reasons.map(\.chinese).joined(separator: "；"))
        switch model {
        case "fe":
            prediction = .xb
            predictionReason = BilingualText(
                "fixed effects by \(unit) absorb each \(unit)'s persistent under- or over-trading (K would average exactly 1 for every \(unit)), so K divides by the prediction without the \(unit) effect: K is relative to an average \(unit)",
                chinese: " \(unit) 固定效应吸收了每个 \(unit) 长期的贸易不足或过度（每个 \(unit) 的 K 平均恰为1），因此 K 除以不含个体效应的预测值：K 相对于平均个体")
        case "re":
            prediction = .xb
            predictionReason = BilingualText("K divides by the linear prediction xb, without the estimated random effect",
                                             chinese: "K 除以不含随机效应估计值的线性预测 xb")
        default:
            prediction = .fitted
            predictionReason = BilingualText("K divides by the pooled prediction", chinese: "K 除以混合回归的预测值")
        }
    }

    /// The choice in one paragraph.
    public var statement: BilingualText {
        let name = prediction == .fitted ? "fitted values" : prediction.rawValue
        return BilingualText(
            "Specification for trade potential: \(model), because \(reason.english). Prediction: \(name); \(predictionReason.english).",
            chinese: "贸易潜力的模型设定：\(model)，因为\(reason.chinese)。预测值：\(prediction == .fitted ? "拟合值" : prediction.rawValue)；\(predictionReason.chinese)。")
    }
}
