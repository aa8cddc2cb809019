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

/// The outcome of IRLS: coefficients, linear predictor, mean and the iteration record.
struct IRLSOutcome {
    var coefficients: [Double]
    /// The raw fixed effects of the linear predictor (empty without fixed effects).
    var effects: [Double]
    /// The linear predictor including the offset and every fixed effect.
    var linearPredictor: [Double]
    var mean: [Double]
    /// The working weights (prior weights times mu^2 / V(mu)) at the solution.
    var workingWeights: [Double]
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
struct IRLSDriver {
    let family: GLMFamily
    let response: [Double]
    let offset: [Double]?
    let priorWeights: [Double]?
    let control: IRLSControl

    func run(step: inout any WeightedLeastSquaresStep) throws -> IRLSOutcome {
        let n = response.count
        let totalWeight = priorWeights.map { $0.reduce(0, +) } ?? Double(n)
        var weightedSum = 0.0
        for i in 0..<n { weightedSum += (priorWeights?[i] ?? 1) * response[i] }
        let meanResponse = weightedSum / totalWeight
        // fixest's and ppmlhdfe's start: mu = (y + mean(y)) / 2, linear predictor log(mu).
        var mu = response.map { ($0 + meanResponse) / 2 }
        var eta = mu.map { Foundation.log($0) }
        var deviance = self.deviance(mu)
        var coefficients: [Double] = []
        var effects: [Double] = []
        var working = [Double](repeating: 0, count: n)
        var z = [Double](repeating: 0, count: n)
        var lastChange = Double.infinity
        var halvings = 0
        var inner = control.targetInnerTolerance.map(InnerToleranceSchedule.init)
        for iteration in 1...max(1, control.maxIterations) {
            workingProblem(eta: eta, mu: mu, weights: &working, response: &z)
            let solution = try step.solve(response: z, weights: working, tolerance: inner?.current)
            var candidate = solution.fitted
            if let offset { for i in 0..<n { candidate[i] += offset[i] } }
            var candidateCoefficients = solution.coefficients
            var candidateEffects = solution.effects
            var candidateMu = candidate.map { Foundation.exp($0) }
            var candidateDeviance = self.deviance(candidateMu)
            var halved = 0
            while iteration > 1, !candidateDeviance.isFinite || candidateDeviance > deviance * (1 + 1e-12) + 1e-12 {
                guard halved < control.maxHalvings else {
                    throw GravityError.numerical("IRLS could not lower the deviance at iteration \(iteration) even after \(halved) step halvings (deviance \(deviance)); the model may be separated or badly scaled.")
                }
                halved += 1
                for i in 0..<n { candidate[i] = (candidate[i] + eta[i]) / 2 }
                for j in candidateCoefficients.indices { candidateCoefficients[j] = (candidateCoefficients[j] + coefficients[j]) / 2 }
                for j in candidateEffects.indices { candidateEffects[j] = (candidateEffects[j] + effects[j]) / 2 }
                candidateMu = candidate.map { Foundation.exp($0) }
                candidateDeviance = self.deviance(candidateMu)
            }
            guard candidateDeviance.isFinite else {
                throw GravityError.numerical("The deviance is not finite after the first IRLS step; check the outcome and regressors for extreme values.")
            }
            halvings += halved
            lastChange = abs(candidateDeviance - deviance) / (0.1 + abs(candidateDeviance))
            (eta, mu, deviance, coefficients, effects) = (candidate, candidateMu, candidateDeviance, candidateCoefficients, candidateEffects)
            if lastChange < control.tolerance && inner?.atTarget ?? true {
                try refreshDesign(step: &step, eta: eta, mu: mu)
                return outcome(coefficients, effects, eta, mu, deviance, iteration, converged: true, lastChange, halvings)
            }
            inner?.update(change: lastChange, irlsTolerance: control.tolerance)
        }
        guard control.allowNonconvergence else {
            throw GravityError.numerical("IRLS did not converge in \(control.maxIterations) iterations: the last relative deviance change was \(lastChange), the tolerance is \(control.tolerance). Raise --option max_iterations, loosen --option tolerance, or accept the last iterate with --option allow_nonconvergence=true.")
        }
        try refreshDesign(step: &step, eta: eta, mu: mu)
        return outcome(coefficients, effects, eta, mu, deviance, control.maxIterations, converged: false, lastChange, halvings)
    }

    /// Solves once more under the working weights of the final mean, at the full demeaning
    /// tolerance, so that the demeaned regressors and the bread the covariance is built from belong
    /// to the solution, not to the weights the last step started from (those lag by one step, which
    /// moved standard errors by up to 2e-6 relative at fixest's default tolerance). The solution
    /// itself is discarded: the coefficients are those IRLS accepted.
    private func refreshDesign(step: inout any WeightedLeastSquaresStep, eta: [Double], mu: [Double]) throws {
        var working = [Double](repeating: 0, count: mu.count)
        var z = [Double](repeating: 0, count: mu.count)
        workingProblem(eta: eta, mu: mu, weights: &working, response: &z)
        _ = try step.solve(response: z, weights: working, tolerance: control.targetInnerTolerance)
    }

    /// The working weights (prior weight x mu^2 / V(mu)) and the working response
    /// z = eta - offset + (y - mu) / mu of the mean `mu`.
    private func workingProblem(eta: [Double], mu: [Double], weights: inout [Double], response z: inout [Double]) {
        for i in mu.indices {
            let m = mu[i]
            weights[i] = max((priorWeights?[i] ?? 1) * family.workingWeight(m), Double.leastNormalMagnitude)
            z[i] = eta[i] - (offset?[i] ?? 0) + (response[i] - m) / m
        }
    }

    private func outcome(_ coefficients: [Double], _ effects: [Double], _ eta: [Double], _ mu: [Double], _ deviance: Double, _ iterations: Int,
                         converged: Bool, _ lastChange: Double, _ halvings: Int) -> IRLSOutcome {
        let weights = mu.indices.map { (priorWeights?[$0] ?? 1) * family.workingWeight(mu[$0]) }
        return IRLSOutcome(coefficients: coefficients, effects: effects, linearPredictor: eta, mean: mu, workingWeights: weights, deviance: deviance,
                           iterations: iterations, converged: converged, lastChange: lastChange, halvings: halvings)
    }

    /// The weighted deviance of the mean `mu`.
    func deviance(_ mu: [Double]) -> Double {
        var sum = 0.0
        for i in mu.indices { sum += (priorWeights?[i] ?? 1) * family.unitDeviance(y: response[i], mu: mu[i]) }
        return sum
    }
}
