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
    /// The kept regressors with the fixed effects projected out under the final working weights,
    /// with each row's score factor w_i (y_i - mu_i) mu_i / V(mu_i): the rows of the covariance,
    /// until ``takeScores()`` hands them over.
    private var scores: ResidualRows?
    /// (X'WX)^-1 of the kept regressors under the final working weights.
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
        let (family, outcome, y, w) = (options.family, outcome, sample.response, sample.weights)
        scores = step.scoreRows { (w?[$0] ?? 1) * family.score(y: y[$0], mu: outcome.mean[$0]) }
    }

    /// The rows of the covariance, handed over once: the fit lets go of them, so that the buffer
    /// is freed as soon as the covariance is computed.
    mutating func takeScores() -> ResidualRows {
        guard let scores else { preconditionFailure("The scores were taken already") }
        self.scores = nil
        return scores
    }
}
