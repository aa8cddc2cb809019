import Foundation

/// The regularized incomplete gamma function `P(a, x) = γ(a, x) / Γ(a)` (lower tail) for
/// `a > 0`, `x ≥ 0`.
public func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
    RegularizedGamma.tails(a, x).lower
}

/// The complementary regularized incomplete gamma function `Q(a, x) = Γ(a, x) / Γ(a) = 1 − P(a, x)`
/// (upper tail) for `a > 0`, `x ≥ 0`, computed directly so that tiny values keep full
/// relative precision.
public func regularizedGammaQ(_ a: Double, _ x: Double) -> Double {
    RegularizedGamma.tails(a, x).upper
}

/// Both tails of the regularized incomplete gamma function.
///
/// The smaller tail is always computed directly and the other as its complement:
/// - `x < a + 1`: the power series for `P`; `Q = 1 − P` unless `P > 0.9`, which only happens
///   for `a < 1` and small `x`, where `Q` comes from a dedicated small-`a` expansion;
/// - `x ≥ a + 1`: Legendre's continued fraction for `Q` (modified Lentz), `P = 1 − Q`.
enum RegularizedGamma {
    /// Iteration cap for the series and the continued fraction; both converge in
    /// `O(√a)` terms in the worst case.
    static let maxIterations = 1_000_000

    /// `(P(a, x), Q(a, x))`.
    static func tails(_ a: Double, _ x: Double) -> (lower: Double, upper: Double) {
        precondition(a > 0 && a.isFinite, "The incomplete gamma function needs a finite positive shape, got \(a)")
        if x.isNaN { return (.nan, .nan) }
        precondition(x >= 0, "The incomplete gamma function needs a non-negative argument, got \(x)")
        if x == 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        if x < a + 1 {
            let lower = lowerSeries(a, x)
            if lower <= 0.9 { return (lower, 1 - lower) }
            return (lower, upperForSmallShape(a, x))
        }
        let upper = upperContinuedFraction(a, x)
        return (1 - upper, upper)
    }

    /// `P(a, x) = xᵃ e⁻ˣ / Γ(a + 1) · Σₙ xⁿ / ((a + 1)⋯(a + n))`.
    static func lowerSeries(_ a: Double, _ x: Double) -> Double {
        var term = 1.0
        var sum = 1.0
        var denominator = a
        for _ in 0..<maxIterations {
            denominator += 1
            term *= x / denominator
            sum += term
            if term <= sum * Double.ulpOfOne / 2 { break }
        }
        return GammaDensityPrefix.value(a, x) * sum
    }

    /// `Q(a, x) = xᵃ e⁻ˣ / Γ(a) · 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − 2·(2 − a)/(x + 5 − a − …)))`.
    static func upperContinuedFraction(_ a: Double, _ x: Double) -> Double {
        let tiny = Double.leastNormalMagnitude / Double.ulpOfOne
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var fraction = d
        for i in 1...maxIterations {
            let n = Double(i)
            let an = -n * (n - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            fraction *= delta
            if abs(delta - 1) <= Double.ulpOfOne { break }
        }
        return a * GammaDensityPrefix.value(a, x) * fraction
    }

    /// `Q(a, x)` for `a < 1` and `x < 2`, from `γ(a, x) = Σₙ (−1)ⁿ x^(a+n) / (n! (a + n))`:
    /// `Q = [(Γ(a + 1) − 1) − (xᵃ − 1)] / Γ(a + 1) − a xᵃ / Γ(a + 1) · Σₙ≥₁ (−x)ⁿ / (n! (a + n))`,
    /// with `Γ(a + 1) − 1` and `xᵃ − 1` evaluated by `expm1` so that small `Q` is not lost.
    static func upperForSmallShape(_ a: Double, _ x: Double) -> Double {
        let gammaMinusOne = expm1(logGammaOnePlus(a))
        let gammaOnePlus = 1 + gammaMinusOne
        let logX = log(x)
        var term = 1.0
        var sum = 0.0
        var n = 0.0
        while true {
            n += 1
            term *= -x / n
            let contribution = term / (a + n)
            sum += contribution
            if abs(contribution) <= abs(sum) * Double.ulpOfOne / 2 { break }
        }
        return (gammaMinusOne - expm1(a * logX)) / gammaOnePlus - a * exp(a * logX) * sum / gammaOnePlus
    }
}
