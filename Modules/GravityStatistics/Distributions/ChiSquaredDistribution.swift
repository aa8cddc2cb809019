import Foundation

/// The chi-squared distribution with `k` degrees of freedom: `P(X ≤ x) = P(k/2, x/2)`, the
/// regularized lower incomplete gamma function, with the upper tail `Q(k/2, x/2)` computed
/// directly.
public struct ChiSquaredDistribution: Sendable, Equatable {
    /// The degrees of freedom `k`.
    public let degreesOfFreedom: Double

    /// The chi-squared distribution with finite `degreesOfFreedom > 0`.
    public init(degreesOfFreedom: Double) {
        precondition(degreesOfFreedom > 0 && degreesOfFreedom.isFinite,
                     "The chi-squared distribution needs positive finite degrees of freedom, got \(degreesOfFreedom)")
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// The density at `x`: `(x/2)^(k/2) e^(−x/2) / Γ(k/2 + 1) · (k/2) / x`.
    public func pdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < 0 || x == .infinity { return 0 }
        if x == 0 { return densityAtZero }
        let shape = 0.5 * degreesOfFreedom
        let density = GammaDensityPrefix.value(shape, 0.5 * x) * (shape / x)
        // The product underflows or overflows in its factors before the density does near 0.
        return density.isNormal ? density : exp(logPdf(x))
    }

    /// The logarithm of the density at `x`.
    public func logPdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < 0 || x == .infinity { return -.infinity }
        if x == 0 { return log(densityAtZero) }
        let shape = 0.5 * degreesOfFreedom
        return GammaDensityPrefix.logValue(shape, 0.5 * x) + log(shape / x)
    }

    /// `P(X ≤ x)`.
    public func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return 0 }
        return RegularizedGamma.tails(0.5 * degreesOfFreedom, 0.5 * x).lower
    }

    /// `P(X > x)`, computed directly rather than as `1 − cdf(x)`.
    public func sf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return 1 }
        return RegularizedGamma.tails(0.5 * degreesOfFreedom, 0.5 * x).upper
    }

    /// The `x` with `P(X ≤ x) = p`, to full double precision; `p = 0` gives 0 and `p = 1`
    /// gives `+∞`.
    ///
    /// Solves `cdf(x) = p` for `p ≤ ½` and `sf(x) = 1 − p` (exact) above, starting from the
    /// Wilson–Hilferty approximation.
    public func quantile(_ p: Double) -> Double {
        precondition(p.isNaN || (0...1).contains(p), "A quantile needs a probability in [0, 1], got \(p)")
        if p.isNaN { return .nan }
        if p == 0 { return 0 }
        if p == 1 { return .infinity }
        let shape = 0.5 * degreesOfFreedom
        let lowerTail = p <= 0.5
        let solver = PositiveQuantileSolver(increasing: lowerTail) { x in
            let tails = RegularizedGamma.tails(shape, 0.5 * x)
            return (lowerTail ? tails.lower : tails.upper, logPdf(x))
        }
        return solver.solve(target: lowerTail ? p : 1 - p, initialGuess: initialGuess(p))
    }

    /// Wilson–Hilferty, `k (1 − 2/(9k) + z √(2/(9k)))³`, or, where that is not positive, the
    /// leading lower-tail term `P(k/2, x/2) ≈ (x/2)^(k/2) / Γ(k/2 + 1)` solved for `x`.
    private func initialGuess(_ p: Double) -> Double {
        let k = degreesOfFreedom
        let z = StandardNormal.quantile(p)
        let spread = 2 / (9 * k)
        let cube = 1 - spread + z * spread.squareRoot()
        if cube > 0 { return k * cube * cube * cube }
        let shape = 0.5 * k
        return 2 * exp((log(p) + lgamma(shape + 1)) / shape)
    }

    /// The density's limit at 0: infinite for `k < 2`, ½ for `k = 2`, 0 above.
    private var densityAtZero: Double {
        degreesOfFreedom < 2 ? .infinity : (degreesOfFreedom == 2 ? 0.5 : 0)
    }
}
