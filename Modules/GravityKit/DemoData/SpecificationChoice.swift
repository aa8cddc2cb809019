/// The demo's choice of the model for trade potential, and of the prediction K divides by, with
/// the reasons written into every file where the choice matters.
public struct SpecificationChoice: Sendable {
    /// `ols`, `fe` or `re`.
    public let model: String
    /// Why the tests point to this model.
    public let reason: String
    /// The prediction trade potential divides by.
    public let prediction: PotentialPrediction
    /// Why that prediction.
    public let predictionReason: String

    /// The choice at 5%: the cluster-robust Hausman test decides between fixed and random effects
    /// when it is computable, else the classic Hausman test (saying why); without either, the
    /// Breusch-Pagan test chooses random effects over pooled OLS, and the F test fixed effects.
    /// With fixed effects, K divides by the prediction without the unit effect (`xb`): the unit
    /// effect would absorb each unit's persistent under- or over-trading.
    public init(tests: [TestResult], unit: String) {
        func find(_ kind: TestDescription.Kind) -> TestResult? { tests.first { TestDescription.Kind(name: $0.name) == kind } }
        func p(_ test: TestResult) -> String { NumberFormatting.pValue(test.pValue) }
        var reasons: [String] = []
        var decided: String?
        if let robust = find(.regressionHausman) {
            if robust.pValue.isFinite {
                decided = robust.pValue < 0.05 ? "fe" : "re"
                reasons.append("the cluster-robust Hausman test \(robust.pValue < 0.05 ? "rejects" : "does not reject") random effects at 5% (p = \(p(robust)))")
            } else {
                let counts = robust.note.map { String($0.prefix { $0 != ":" }) } ?? "rank-deficient covariance"
                reasons.append("the cluster-robust Hausman test is not computable (\(counts): its covariance is singular), so the classic Hausman test decides")
            }
        }
        if decided == nil, let classic = find(.hausman), classic.pValue.isFinite {
            decided = classic.pValue < 0.05 ? "fe" : "re"
            reasons.append("the classic Hausman test \(classic.pValue < 0.05 ? "rejects" : "does not reject") random effects at 5% (p = \(p(classic)))")
        }
        if decided == nil, let lm = find(.breuschPagan), lm.pValue < 0.05 {
            decided = "re"
            reasons.append("the Breusch-Pagan test finds unit effects (p = \(p(lm)))")
        }
        if decided == nil, let f = find(.effectsF("individual")), f.pValue < 0.05 {
            decided = "fe"
            reasons.append("the F test finds unit effects (p = \(p(f)))")
        }
        model = decided ?? "ols"
        reason = reasons.isEmpty ? "no test finds unit effects at 5%" : reasons.joined(separator: "; ")
        if model == "fe" {
            prediction = .xb
            predictionReason = "fixed effects by \(unit) absorb each \(unit)'s persistent under- or over-trading (K would average exactly 1 for every \(unit)), so K divides by the prediction without the \(unit) effect: K is relative to an average \(unit)"
        } else {
            prediction = .fitted
            predictionReason = model == "re" ? "K divides by the linear prediction xb, without the estimated random effect" : "K divides by the pooled prediction"
        }
    }

    /// The choice in one paragraph.
    public var statement: String {
        "Specification for trade potential: \(model), because \(reason). Prediction: \(prediction == .xb || model == "re" ? "xb" : "fitted values"); \(predictionReason)."
    }
}
