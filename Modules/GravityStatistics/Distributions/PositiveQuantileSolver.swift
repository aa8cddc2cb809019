import Foundation

/// Inverts a monotone tail function on `(0, ∞)`: finds `x > 0` with `T(x) = target`.
///
/// `T` is a lower tail (increasing), an upper tail (decreasing) or a centred probability
/// such as `P(0 < X ≤ x)` of one of the distributions here; in every case `log T(eᵘ)` is
/// concave in `u = log x` (the densities of `log X` are log-concave), so Newton's method on
/// `h(u) = log T(eᵘ) − log target` converges monotonically once it has crossed the root, and
/// power-law or exponential tails become nearly linear. The iteration keeps a bracket and
/// bisects whenever a Newton step would leave it, caps steps from the flat side of `h`, and
/// finishes with one Newton step in `x` itself so that rounding `eᵘ` costs nothing.
struct PositiveQuantileSolver {
    /// Whether `T` increases with `x`.
    let increasing: Bool
    /// `T(x)` and `log |T′(x)|` (a logarithm, so that densities that underflow far in a
    /// power-law tail still give the Newton slope `x |T′(x)| / T(x)`).
    let evaluate: (Double) -> (value: Double, logDensity: Double)

    private static let lowestLog = log(Double.leastNonzeroMagnitude)
    private static let highestLog = log(Double.greatestFiniteMagnitude)
    private static let maxIterations = 200
    private static let maxStep = 50.0

    /// The `x > 0` with `T(x) = target`, starting from `initialGuess`.
    func solve(target: Double, initialGuess: Double) -> Double {
        let logTarget = log(target)
        let orientation = increasing ? 1.0 : -1.0
        var lower = Self.lowestLog
        var upper = Self.highestLog
        var lowerIsBracket = false
        var upperIsBracket = false
        var expansion = 1.0
        var u = min(max(log(initialGuess), lower), upper)
        for _ in 0..<Self.maxIterations {
            let x = exp(u)
            let (value, logDensity) = evaluate(x)
            let h = log(value) - logTarget
            if h == 0 { return x }
            let rootIsAbove = orientation * h < 0
            if rootIsAbove {
                lower = u
                lowerIsBracket = true
            } else {
                upper = u
                upperIsBracket = true
            }
            var step = -h / (orientation * exp(u + logDensity - log(value)))
            if !step.isFinite || (step > 0) != rootIsAbove {
                step = rootIsAbove ? expansion : -expansion
                expansion *= 2
            }
            step = min(max(step, -Self.maxStep), Self.maxStep)
            var next = u + step
            if next <= lower || next >= upper {
                if lowerIsBracket && upperIsBracket {
                    next = 0.5 * (lower + upper)
                } else if rootIsAbove && u >= Self.highestLog {
                    return .infinity
                } else if !rootIsAbove && u <= Self.lowestLog {
                    return 0
                } else {
                    next = min(max(next, Self.lowestLog), Self.highestLog)
                }
            }
            let moved = abs(next - u)
            u = next
            if moved <= 1e-11 || upper - lower <= 4 * Double.ulpOfOne * max(1, abs(u)) {
                break
            }
        }
        return polished(exp(u), target: target)
    }

    /// One Newton step in `x`, `x ← x (1 + (target − T(x)) / (x T′(x)))`, removing the rounding
    /// of `exp(u)`.
    private func polished(_ x: Double, target: Double) -> Double {
        let (value, logDensity) = evaluate(x)
        let orientation = increasing ? 1.0 : -1.0
        let correction = (target - value) / (orientation * exp(log(x) + logDensity))
        guard correction.isFinite, abs(correction) < 1e-8 else { return x }
        return x * (1 + correction)
    }
}
