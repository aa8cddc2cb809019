import GravityCore
import GravityIO

/// Whether a model's unit or fixed effects absorb the unit whose trade potential is measured.
///
/// K = actual / predicted means "this unit trades less than the model predicts". When the
/// prediction contains an effect of the unit itself (fixed effects by unit, a fixed-effect
/// dimension that is the unit), the effect absorbs any persistent under- or over-trading: the
/// geometric mean of K over a unit's periods is exactly 1 by construction, and the classes only
/// track year-to-year noise. Frontier models are fine (the frontier defines the potential), and so
/// are exporter-year and importer-year effects for a pair (multilateral resistance, not the pair).
enum UnitAbsorption {
    /// The refusal (or, with `allowCentred`, the warning) for `result`; nil when no unit effect absorbs the unit.
    static func check(_ result: EstimationResult, panel: PanelSpecification, prediction: PotentialPrediction, allowCentred: Bool) throws -> BilingualText? {
        guard result.efficiency == nil, prediction == .fitted, let effect = absorbingEffect(result, panel: panel) else { return nil }
        if allowCentred {
            return BilingualText(
                "Warning (--allow-centred): the model's \(effect) absorbs each \(panel.unit)'s persistent trading level, so K is centred on 1 for every \(panel.unit) (its geometric mean over the periods is 1 by construction) and the classes track year-to-year deviations only, not trade potential.",
                chinese: "警告（--allow-centred）：模型的\(effect.chinese)吸收了每个 \(panel.unit) 的长期贸易水平，因此每个 \(panel.unit) 的 K 都以1为中心（各期几何平均值按构造等于1），分类只反映逐年波动，而非贸易潜力。")
        }
        throw GravityError.invalidInput("""
            Trade potential from `\(result.model)` would be empty by construction: its \(effect.english) absorbs each \(panel.unit)'s persistent \
            under- or over-trading, so K = actual / predicted has a geometric mean of exactly 1 for every \(panel.unit) and the classes only \
            track year-to-year noise. Use instead one of:
              --prediction xb     predictions without the unit effect (K relative to an average \(panel.unit), stated in the output);
              --model re          random effects (prediction xb by default) or --model ols (pooled);
              --model ppml        with `| exporter^year + importer^year` effects: the potential of a pair given both countries' multilateral resistance;
              --model sfa-bc92    a stochastic frontier: K is the efficiency, actual / frontier.
            Or give --allow-centred to compute the centred K anyway, with a warning in every output.
            """)
    }

    /// A description of the fixed effect that absorbs the unit, in both languages: fixed effects by
    /// unit, or a fixed-effect dimension that is the unit.
    static func absorbingEffect(_ result: EstimationResult, panel: PanelSpecification) -> BilingualText? {
        if result.extraSections.contains(where: { $0.0 == "unit_effects" }) {
            return BilingualText("fixed effects by \(panel.unit)", chinese: " \(panel.unit) 固定效应")
        }
        if let dimension = result.fixedEffects.first(where: { $0.name.split(separator: "^").map(String.init) == [panel.unit] }) {
            return BilingualText("fixed effect `\(dimension.name)`", chinese: " \(dimension.name) 固定效应")
        }
        return nil
    }
}
