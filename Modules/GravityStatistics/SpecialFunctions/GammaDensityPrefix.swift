import Foundation

/// Accurate evaluation of `xᵃ e⁻ˣ / Γ(a + 1)`, the factor in front of the series and continued
/// fraction for the incomplete gamma function (and, up to `a / x`, the gamma density).
///
/// Writing `Γ(a + 1)` through Stirling's formula gives
/// `xᵃ e⁻ˣ / Γ(a + 1) = exp(−a·g((x − a)/a) − δ(a)) / √(2πa)` with `g(u) = u − log(1 + u)`,
/// in which no large terms cancel. When `x` is well above `a` the factor `e⁻ˣ` is split off
/// and evaluated from the exact input, so deep upper tails keep full relative precision.
enum GammaDensityPrefix {
    /// `xᵃ e⁻ˣ / Γ(a + 1)` for `a > 0`, `x ≥ 0`.
    static func value(_ a: Double, _ x: Double) -> Double {
        if x == 0 || x == .infinity { return 0 }
        let normalisation = stirlingRemainder(a) + 0.5 * log(2 * Double.pi * a)
        if x > 2 * a && x < 700 {
            let rest = a * log(x / a) + a - normalisation
            if rest < 700 { return exp(rest) * exp(-x) }
        }
        return exp(-(deviance(a, x) + normalisation))
    }

    /// `log(xᵃ e⁻ˣ / Γ(a + 1))` for `a > 0`, `x ≥ 0`.
    static func logValue(_ a: Double, _ x: Double) -> Double {
        if x == 0 || x == .infinity { return -.infinity }
        return -(deviance(a, x) + stirlingRemainder(a) + 0.5 * log(2 * Double.pi * a))
    }

    /// `a·log(a/x) + x − a ≥ 0`, evaluated without cancellation.
    static func deviance(_ a: Double, _ x: Double) -> Double {
        let u = (x - a) / a
        if u < -0.5 { return (x - a) - a * log(x / a) }
        return a * linearMinusLogOnePlus(u)
    }
}
