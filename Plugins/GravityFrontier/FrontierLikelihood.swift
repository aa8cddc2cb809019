import Foundation
import GravityLinearAlgebra

/// A stochastic frontier log-likelihood with its analytic gradient, both in the parameters of
/// ``ParameterLayout``. Values are computed with the exact value of π.
protocol FrontierLikelihood: Sendable {
    /// The parameters the likelihood takes.
    var layout: ParameterLayout { get }
    /// Number of observations.
    var observationCount: Int { get }
    /// The log-likelihood and its gradient; the value is `-infinity` or NaN outside the parameter space.
    func evaluate(_ parameters: [Double]) -> (value: Double, gradient: [Double])
    /// The composed residuals `e = y - x'b`, in the model frame's row order.
    func residuals(_ parameters: [Double]) -> [Double]
    /// The distribution of inefficiency given the residuals, in the model frame's row order.
    func conditionalInefficiency(_ parameters: [Double]) -> ConditionalInefficiency
}

extension FrontierLikelihood {
    /// Whether `sigmaSq` and `gamma` lie inside their domain.
    func isInDomain(_ parameters: [Double]) -> Bool {
        let s = parameters[layout.sigmaSq], g = parameters[layout.gamma]
        return s > 0 && s.isFinite && g > 0 && g < 1 && parameters.allSatisfy(\.isFinite)
    }

    /// `y - X b` for the frontier coefficients `b` at the start of `parameters`.
    func residuals(response: [Double], design: Matrix, parameters: [Double]) -> [Double] {
        let fitted = design * Array(parameters[0..<layout.betaCount])
        return zip(response, fitted).map { $0 - $1 }
    }

    /// The value returned outside the domain.
    func outsideDomain() -> (value: Double, gradient: [Double]) {
        (-.infinity, [Double](repeating: .nan, count: layout.count))
    }
}

/// The difference between the log-likelihoods R's frontier and FRONTIER 4.1 print and the exact
/// ones: their Fortran code writes π as the single-precision literal 3.1415926 (3.1415925025939941
/// in double precision) in the `-½ log(2π)` constant, which adds `½ n log(π / 3.1415925025939941)`.
///
/// Add it to a GravityKit log-likelihood to compare with a figure printed by frontier.
public func frontier41LogLikelihoodOffset(observations: Int) -> Double {
    0.5 * Double(observations) * log(Double.pi / 3.1415925025939941)
}
