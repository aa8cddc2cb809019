import Foundation
import GravityCore

/// When iteratively reweighted least squares stops and how far it may go.
struct IRLSControl {
    /// Stop when |dev - dev_old| / (0.1 + |dev|) falls below this (fixest's rule).
    var tolerance: Double
    /// The most IRLS iterations allowed.
    var maxIterations: Int
    /// Whether a fit that has not converged is returned (with a warning) instead of an error.
    var allowNonconvergence: Bool
    /// The most times a step is halved when the deviance rises or is not finite.
    var maxHalvings = 30
    /// The demeaning tolerance IRLS must finish with (`fixef_tol`); nil without fixed effects.
    var targetInnerTolerance: Double? = nil
}

/// The outcome of IRLS: coefficients, mean and the iteration record.
struct IRLSOutcome {
    var coefficients: [Double]
    /// The raw fixed effects of the linear predictor (empty without fixed effects).
    var effects: [Double]
    /// The fitted mean exp(eta), eta including the offset and every fixed effect.
    var mean: [Double]
    var deviance: Double
    var iterations: Int
    var converged: Bool
    /// The last relative deviance change |dev - dev_old| / (0.1 + |dev|).
    var lastChange: Double
    var halvings: Int
}

/// Iteratively reweighted least squares for a log-link family: at every step the working
/// response z = eta - offset + (y - mu) / mu is regressed on the regressors (and the fixed
/// effects, which the step projects out) under the working weights; a step whose deviance rises
/// or is not finite is halved towards the previous linear predictor.
///
/// Per row it stores the mean mu alone, and the working weights only when they are not the mean
/// itself (Poisson without prior weights: then mu is handed to the step as its weights); the
/// linear predictor is log(mu), computed where a pass needs it. The working response is written
/// straight into the step's buffer, and a trial is never stored: its linear predictor is
/// eta + t d with the direction d = z - e - (eta - offset) = (y - mu) / mu - e (e the step's
/// residual) and the step fraction t (1, or 1/2, 1/4, ... when halved); its deviance is summed as
/// its means are computed, and the accepted trial's means are computed again when mu moves to it.
struct IRLSDriver {
    let family: GLMFamily
    let response: [Double]
    let offset: [Double]?
    let priorWeights: [Double]?
    let control: IRLSControl

    func run(step: inout WeightedLeastSquares) throws -> IRLSOutcome {
        var mu = start()
        var deviance = self.deviance(mu)
        var weights = separateWeights(mu)
        var coefficients: [Double] = []
        var effects: [Double] = []
        var lastChange = Double.infinity
        var halvings = 0
        var inner = control.targetInnerTolerance.map(InnerToleranceSchedule.init)
        for iteration in 1...max(1, control.maxIterations) {
            var candidateCoefficients = try solve(&step, weights: weights ?? mu, mu: mu, tolerance: inner?.current)
            step.releaseWeights()  // mu and the weights are updated in place below, not copied
            var candidateEffects = step.effects
            var fraction = 1.0
            var candidateDeviance = trialDeviance(step, mu: mu, fraction: fraction)
            var halved = 0
            while iteration > 1, !candidateDeviance.isFinite || candidateDeviance > deviance * (1 + 1e-12) + 1e-12 {
                guard halved < control.maxHalvings else {
                    throw GravityError.numerical("IRLS could not lower the deviance at iteration \(iteration) even after \(halved) step halvings (deviance \(deviance)); the model may be separated or badly scaled.")
                }
                halved += 1
                fraction /= 2
                for j in candidateCoefficients.indices { candidateCoefficients[j] = (candidateCoefficients[j] + coefficients[j]) / 2 }
                for j in candidateEffects.indices { candidateEffects[j] = (candidateEffects[j] + effects[j]) / 2 }
                candidateDeviance = trialDeviance(step, mu: mu, fraction: fraction)
            }
            guard candidateDeviance.isFinite else {
                throw GravityError.numerical("The deviance is not finite after the first IRLS step; check the outcome and regressors for extreme values.")
            }
            halvings += halved
            lastChange = abs(candidateDeviance - deviance) / (0.1 + abs(candidateDeviance))
            accept(step, fraction: fraction, mu: &mu, weights: &weights)
            (deviance, coefficients, effects) = (candidateDeviance, candidateCoefficients, candidateEffects)
            if lastChange < control.tolerance && inner?.atTarget ?? true {
                try refresh(&step, weights: weights ?? mu, mu: mu)
                return IRLSOutcome(coefficients: coefficients, effects: effects, mean: mu, deviance: deviance, iterations: iteration,
                                   converged: true, lastChange: lastChange, halvings: halvings)
            }
            inner?.update(change: lastChange, irlsTolerance: control.tolerance)
        }
        guard control.allowNonconvergence else {
            throw GravityError.numerical("IRLS did not converge in \(control.maxIterations) iterations: the last relative deviance change was \(lastChange), the tolerance is \(control.tolerance). Raise --option max_iterations, loosen --option tolerance, or accept the last iterate with --option allow_nonconvergence=true.")
        }
        try refresh(&step, weights: weights ?? mu, mu: mu)
        return IRLSOutcome(coefficients: coefficients, effects: effects, mean: mu, deviance: deviance, iterations: control.maxIterations,
                           converged: false, lastChange: lastChange, halvings: halvings)
    }

    /// Solves once more under the working weights of the final mean, at the full demeaning
    /// tolerance, so that the demeaned regressors and the bread the covariance is built from belong
    /// to the solution, not to the weights the last step started from (those lag by one step, which
    /// moved standard errors by up to 2e-6 relative at fixest's default tolerance). The solution
    /// itself is discarded: the coefficients are those IRLS accepted.
    private func refresh(_ step: inout WeightedLeastSquares, weights: [Double], mu: [Double]) throws {
        _ = try solve(&step, weights: weights, mu: mu, tolerance: control.targetInnerTolerance)
    }
}
