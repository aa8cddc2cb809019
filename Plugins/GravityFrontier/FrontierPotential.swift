import Foundation
import GravityCore

/// The frontier (potential) of each input row of a fitted frontier model and the ratio of actual to
/// potential, for trade-potential analysis.
///
/// A frontier model's `EstimationResult.fitted` holds the frontier `x'b` on the formula's scale and
/// `residuals` the composed error `e = y - x'b = v - u`. For a response written `log(...)` (or
/// `log10(...)`) the potential level is `exp(x'b)` (`10^(x'b)`) and actual / potential is `exp(e)`
/// (`10^e`): the observed shortfall from the frontier, noise `v` included. The result's `efficiency`
/// section holds the noise-free part, `E[exp(-u) | e]` by default. For any other response the
/// potential is `x'b` itself and the ratio `y / x'b`.
public struct FrontierPotential: Sendable {
    /// The frontier `x'b` on the formula's scale, `nil` for rows not used.
    public let frontier: [Double?]
    /// The potential on the response's original scale.
    public let potential: [Double?]
    /// Actual / potential on the original scale.
    public let actualToPotential: [Double?]

    /// The potentials of `result`, a fit by one of the frontier estimators.
    public init(result: EstimationResult) throws {
        let transform: (Double) -> Double
        switch try Formula(result.formula).response {
        case .call("log", let arguments) where arguments.count == 1: transform = { exp($0) }
        case .call("log10", let arguments) where arguments.count == 1: transform = { pow(10, $0) }
        default: transform = { $0 }
        }
        let isLogarithm = transform(1) != 1
        frontier = Array(result.fitted)
        potential = result.fitted.map { $0.map(transform) }
        actualToPotential = zip(result.fitted, result.residuals).map { fitted, residual in
            guard let fitted, let residual else { return nil }
            return isLogarithm ? transform(residual) : (fitted + residual) / fitted
        }
    }
}
