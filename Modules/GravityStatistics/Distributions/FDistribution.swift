import Foundation

/// The F distribution with `d₁` (numerator) and `d₂` (denominator) degrees of freedom.
///
/// With `x = d₁f / (d₁f + d₂)`, `P(F ≤ f) = I_x(d₁/2, d₂/2)` and `P(F > f) = I_{1−x}(d₂/2, d₁/2)`;
/// `x` and `1 − x` are both formed from the ratio `d₂ / (d₁f)`, and the upper tail is computed
/// directly.
public struct FDistribution: Sendable, Equatable {
    /// The numerator degrees of freedom `d₁`.
    public let numeratorDegreesOfFreedom: Double
    /// The denominator degrees of freedom `d₂`.
    public let denominatorDegreesOfFreedom: Double

    /// The F distribution with finite positive degrees of freedom.
    public init(numeratorDegreesOfFreedom: Double, denominatorDegreesOfFreedom: Double) {
        precondition(numeratorDegreesOfFreedom > 0 && numeratorDegreesOfFreedom.isFinite,
                     "The F distribution needs positive finite numerator degrees of freedom, got \(numeratorDegreesOfFreedom)")
        precondition(denominatorDegreesOfFreedom > 0 && denominatorDegreesOfFreedom.isFinite,
                     "The F distribution needs positive finite denominator degrees of freedom, got \(denominatorDegreesOfFreedom)")
        self.numeratorDegreesOfFreedom = numeratorDegreesOfFreedom
        self.denominatorDegreesOfFreedom = denominatorDegreesOfFreedom
    }

    /// The density at `f`: `xᵃ(1 − x)ᵇ / (B(a, b) f)` with `a = d₁/2`, `b = d₂/2`.
    public func pdf(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f < 0 || f == .infinity { return 0 }
        if f == 0 { return densityAtZero }
        return exp(BetaDensityPrefix.logValue(shapeA, shapeB, point(f)) - log(f))
    }

    /// The logarithm of the density at `f`.
    public func logPdf(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f < 0 || f == .infinity { return -.infinity }
        if f == 0 { return log(densityAtZero) }
        return BetaDensityPrefix.logValue(shapeA, shapeB, point(f)) - log(f)
    }

    /// `P(F ≤ f)`.
    public func cdf(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f <= 0 { return 0 }
        return RegularizedBeta.tails(shapeA, shapeB, point(f)).lower
    }

    /// `P(F > f)`, computed directly rather than as `1 − cdf(f)`.
    public func sf(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f <= 0 { return 1 }
        return RegularizedBeta.tails(shapeA, shapeB, point(f)).upper
    }

    /// The `f` with `P(F ≤ f) = p`, to full double precision; `p = 0` gives 0 and `p = 1`
    /// gives `+∞`. Solves `cdf(f) = p` for `p ≤ ½` and `sf(f) = 1 − p` (exact) above.
    public func quantile(_ p: Double) -> Double {
        precondition(p.isNaN || (0...1).contains(p), "A quantile needs a probability in [0, 1], got \(p)")
        if p.isNaN { return .nan }
        if p == 0 { return 0 }
        if p == 1 { return .infinity }
        let lowerTail = p <= 0.5
        let solver = PositiveQuantileSolver(increasing: lowerTail) { f in
            let tails = RegularizedBeta.tails(shapeA, shapeB, point(f))
            return (lowerTail ? tails.lower : tails.upper, logPdf(f))
        }
        return solver.solve(target: lowerTail ? p : 1 - p, initialGuess: 1)
    }

    private var shapeA: Double { 0.5 * numeratorDegreesOfFreedom }
    private var shapeB: Double { 0.5 * denominatorDegreesOfFreedom }

    /// The beta-scale point `x = d₁f / (d₁f + d₂)`, built from `(1 − x)/x = d₂ / (d₁f)`.
    private func point(_ f: Double) -> BetaPoint {
        BetaPoint(ratio: (denominatorDegreesOfFreedom / numeratorDegreesOfFreedom) / f)
    }

    /// The density's limit at 0: infinite for `d₁ < 2`, 1 for `d₁ = 2`, 0 above.
    private var densityAtZero: Double {
        numeratorDegreesOfFreedom < 2 ? .infinity : (numeratorDegreesOfFreedom == 2 ? 1 : 0)
    }
}
