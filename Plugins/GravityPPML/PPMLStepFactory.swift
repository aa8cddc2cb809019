import GravityCore
import GravityFixedEffects

/// The weighted least-squares step for a sample: dense QR without fixed effects, the
/// fixed-effects engine with them.
enum PPMLStepFactory {
    static func make(_ sample: PPMLSample, options: FixedEffectsOptions) throws -> any WeightedLeastSquaresStep {
        if sample.fixedEffects.isEmpty { return DenseWeightedLeastSquares(design: sample.design) }
        return try AbsorbedWeightedLeastSquares(dimensions: sample.fixedEffects, design: sample.design, options: options)
    }
}
