import Foundation
import GravityLinearAlgebra
import GravityStatistics

/// One maximisation of a frontier likelihood from one start.
///
/// BFGS works in unconstrained coordinates (`log sigmaSq`, `logit gamma`, the rest as they are) on
/// the mean negative log-likelihood, to a moderate tolerance; Newton steps on the observed information
/// then finish the maximisation in the reported parameters until the predicted gain (the Newton
/// decrement) is below `1e-10`, or after a step whose predicted gain was below `1e-6`. The Hessian
/// of the last Newton iteration gives the standard errors.
struct LikelihoodMaximizer {
    /// The likelihood to maximise.
    let likelihood: any FrontierLikelihood
    /// The BFGS iteration limit.
    let maxIterations: Int

    /// The result of one maximisation.
    struct Outcome {
        /// The parameters reached.
        var parameters: [Double]
        /// The log-likelihood there.
        var logLikelihood: Double
        /// The Hessian there, when it was computed.
        var hessian: Matrix?
        /// BFGS iterations plus Newton steps.
        var iterations: Int
        /// Whether the maximisation converged to a point with a negative-definite Hessian.
        var converged: Bool
        /// Whether the optimiser stopped at a point whose Hessian is not negative definite.
        var singularHessian = false
        /// What the optimiser reported.
        var message: String
    }

    /// Predicted gain below which the Newton steps stop.
    static let decrementTolerance = 1e-10
    /// Predicted gain below which one more Newton step is the last.
    static let finalStepDecrement = 1e-6

    /// Maximises from `start` (in the reported parameters).
    func maximize(from start: [Double]) -> Outcome {
        let layout = likelihood.layout
        let scale = 1 / Double(max(likelihood.observationCount, 1))
        let likelihood = self.likelihood
        let options = OptimizationOptions(maxIterations: maxIterations, gradientTolerance: 1e-7, relativeTolerance: 1e-12)
        let bfgs = minimizeBFGS(start: Self.unconstrained(start, layout), options: options) { theta, gradient in
            let parameters = Self.constrained(theta, layout)
            let (value, analytic) = likelihood.evaluate(parameters)
            guard value.isFinite, analytic.allSatisfy(\.isFinite) else { return .nan }
            for j in analytic.indices { gradient[j] = -analytic[j] * scale }
            gradient[layout.sigmaSq] *= parameters[layout.sigmaSq]
            gradient[layout.gamma] *= parameters[layout.gamma] * (1 - parameters[layout.gamma])
            return -value * scale
        }
        var parameters = Self.constrained(bfgs.minimizer, layout)
        var (value, gradient) = likelihood.evaluate(parameters)
        var outcome = Outcome(parameters: parameters, logLikelihood: value, hessian: nil, iterations: bfgs.iterations,
                              converged: false, message: bfgs.message)
        guard value.isFinite else { return outcome }
        for _ in 0..<10 {
            let hessian = ObservedInformation.hessian(of: likelihood, at: parameters)
            outcome.hessian = hessian
            guard let information = try? CholeskyDecomposition(-1 * hessian) else {
                outcome.message += "; the Hessian is not negative definite there"
                outcome.singularHessian = true
                return outcome
            }
            let step = information.solve(gradient)
            let decrement = zip(step, gradient).reduce(0) { $0 + $1.0 * $1.1 }
            if decrement <= Self.decrementTolerance {
                outcome.converged = true
                return outcome
            }
            var length = 1.0, accepted = false
            for _ in 0..<40 {
                let candidate = zip(parameters, step).map { $0 + length * $1 }
                let trial = likelihood.evaluate(candidate)
                if trial.value.isFinite && trial.value >= value {
                    (parameters, value, gradient) = (candidate, trial.value, trial.gradient)
                    accepted = true
                    break
                }
                length *= 0.5
            }
            guard accepted else {
                outcome.converged = decrement <= 1e-6 * max(1, abs(value))
                return outcome
            }
            outcome.parameters = parameters
            outcome.logLikelihood = value
            outcome.iterations += 1
            if decrement <= Self.finalStepDecrement {
                // Newton converges quadratically: after a step this small the remaining gain is far below
                // the tolerance, and the Hessian of the previous point serves for the standard errors.
                outcome.converged = true
                return outcome
            }
        }
        return outcome
    }

    /// Unconstrained coordinates: `log sigmaSq` and `logit gamma`.
    static func unconstrained(_ parameters: [Double], _ layout: ParameterLayout) -> [Double] {
        var theta = parameters
        theta[layout.sigmaSq] = log(parameters[layout.sigmaSq])
        let g = parameters[layout.gamma]
        theta[layout.gamma] = log(g / (1 - g))
        return theta
    }

    /// The reported parameters from unconstrained coordinates.
    static func constrained(_ theta: [Double], _ layout: ParameterLayout) -> [Double] {
        var parameters = theta
        parameters[layout.sigmaSq] = exp(theta[layout.sigmaSq])
        parameters[layout.gamma] = 1 / (1 + exp(-theta[layout.gamma]))
        return parameters
    }
}
