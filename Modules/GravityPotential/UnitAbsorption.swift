import GravityCore

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
    static func check(_ result: EstimationResult, panel: PanelSpecification, prediction: PotentialPrediction, allowCentred: Bool) throws -> String? {
        guard result.efficiency == nil, prediction == .fitted, let effect = absorbingEffect(result, panel: panel) else { return nil }
        if allowCentred {
            return "Warning (--allow-centred): the model's \(effect) absorbs each \(panel.unit)'s persistent trading level, so K is centred on 1 for every \(panel.unit) (its geometric mean over the periods is 1 by construction) and the classes track year-to-year deviations only, not trade potential."
        }
        throw GravityError.invalidInput("""
            Trade potential from `\(result.model)` would be empty by construction: its \(effect) absorbs each \(panel.unit)'s persistent \
            under- or over-trading, so K = actual / predicted has a geometric mean of exactly 1 for every \(panel.unit) and the classes only \
            track year-to-year noise. Use instead one of:
              --prediction xb     predictions without the unit effect (K relative to an average \(panel.unit), stated in the output);
              --model re          random effects (prediction xb by default) or --model ols (pooled);
              --model ppml        with `| exporter^year + importer^year` effects: the potential of a pair given both countries' multilateral resistance;
              --model sfa-bc92    a stochastic frontier: K is the efficiency, actual / frontier.
            Or give --allow-centred to compute the centred K anyway, with a warning in every output.
            """)
    }

    /// A description of the fixed effect that absorbs the unit: fixed effects by unit, or a
    /// fixed-effect dimension that is the unit.
    static func absorbingEffect(_ result: EstimationResult, panel: PanelSpecification) -> String? {
        if result.extraSections.contains(where: { $0.0 == "unit_effects" }) { return "fixed effects by \(panel.unit)" }
        if let dimension = result.fixedEffects.first(where: { $0.name.split(separator: "^").map(String.init) == [panel.unit] }) {
            return "fixed effect `\(dimension.name)`"
        }
        return nil
    }
}
