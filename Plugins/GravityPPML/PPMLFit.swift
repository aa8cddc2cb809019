import GravityCore
import GravityFixedEffects
import GravityLinearAlgebra

/// A converged (or, when allowed, the last) PPML iterate on the estimation sample, with what the
/// covariance and the output need: the kept regressors as the last step used them (fixed effects
/// projected out), the inverse information, and the fixed effects per level.
struct PPMLFit {
    let outcome: IRLSOutcome
    let terms: [String]
    let omittedTerms: [String]
    /// The kept regressors with the fixed effects projected out under the last IRLS weights.
    let design: Matrix
    /// (X'WX)^-1 of ``design``.
    let bread: Matrix
    /// The fixed effects per level (nil without fixed effects).
    let fixedEffectValues: FixedEffectValues?
    /// The degrees of freedom the fixed effects absorb (nil without fixed effects).
    let absorbed: AbsorbedDegreesOfFreedom?
    /// Conjugate-gradient iterations of the demeaning over all IRLS steps.
    let demeaningIterations: Int

    init(sample: PPMLSample, step: consuming WeightedLeastSquares, options: PPMLOptions) throws {
        var control = options.control
        if !sample.fixedEffects.isEmpty { control.targetInnerTolerance = options.fixedEffects.tolerance }
        let driver = IRLSDriver(family: options.family, response: sample.response, offset: sample.offset,
                                priorWeights: sample.weights, control: control)
        outcome = try driver.run(step: &step)
        terms = step.keptNames
        omittedTerms = step.omittedNames
        bread = step.bread
        absorbed = step.absorbedDegreesOfFreedom
        fixedEffectValues = absorbed == nil ? nil : FixedEffectValues(dimensions: sample.fixedEffects, coefficients: outcome.effects)
        demeaningIterations = step.demeaningIterations
        design = step.takeDesign()
    }
}
