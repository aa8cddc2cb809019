import Foundation

/// The incomplete beta function for a large first shape `a` (relative to `b`) near `x = 1`,
/// as a sum of incomplete gamma functions.
///
/// This is the regime of Student's t with many degrees of freedom (`a = ν/2`, `b = ½`), where
/// the continued fraction needs many terms and accumulates rounding. Substituting `x = e⁻ʷ`,
/// `B(a, b) I_x(a, b) = ∫ₛ^∞ e^(−Tw) w^(b−1) ((sinh(w/2))/(w/2))^(b−1) dw` with `s = −log x` and
/// `T = a + (b − 1)/2`. Expanding `(sinh(w/2)/(w/2))^(b−1) = Σₖ dₖ w²ᵏ`, where
/// `log(sinh(w/2)/(w/2)) = Σₙ B₂ₙ w²ⁿ / (2n (2n)!)`, and integrating term by term gives
/// `I_x(a, b) = R Σₖ dₖ (b)₂ₖ T⁻²ᵏ Q(b + 2k, Ts)` with `R = Γ(a + b) / (Γ(a) Tᵇ)`,
/// and the complement is the same sum with `P` in place of `Q`. Terms shrink like
/// `(b/T)²ᵏ` and `(s/2π)²ᵏ`, so a handful suffice when `a` is large and `s` moderate.
enum LargeShapeBetaExpansion {
    /// `B₂ₙ / (2n (2n)!)` for `n = 1 ... 20`: the coefficients of `log(sinh(w/2)/(w/2))` in `w²ⁿ`.
    private static let logSinhCoefficients: [Double] = [
        0.041666666666666666667, -0.00034722222222222222222, 5.5114638447971781305e-6,
        -1.0333994708994708995e-7, 2.0876756987868098979e-9, -4.403491782239577654e-11,
        9.5589546647747705949e-13, -2.1185501852016142918e-14, 4.7700344757099136467e-16,
        -1.0874343492790309365e-17, 2.5040921947091952342e-19, -5.8143602857552180586e-21,
        1.3595027075497951814e-22, -3.1976847953705524466e-24, 7.5598415077922768677e-26,
        -1.7952470840225632641e-27, 4.2799190459260732408e-29, -1.0238874835181417162e-30,
        2.45703533081448544e-32, -5.9125560392515748364e-34,
    ]

    /// Whether the expansion is expected to converge quickly for these arguments.
    static func applies(_ a: Double, _ b: Double, _ point: BetaPoint) -> Bool {
        a >= 50 && b * b <= a && point.logX >= -2
    }

    /// `(I_x(a, b), 1 − I_x(a, b))`, or `nil` if the terms did not become negligible.
    static func tails(_ a: Double, _ b: Double, _ point: BetaPoint) -> (lower: Double, upper: Double)? {
        let t = a + 0.5 * (b - 1)
        let v = -t * point.logX
        // log R = (a − ½) log(1 + b/a) − b + b log(1 + (b + 1)/(2T)) + δ(a + b) − δ(a), with the
        // first two terms (each of size b) combined as −(a − ½) g(b/a) − b/(2a), g(u) = u − log(1 + u).
        let logRatio = -(a - 0.5) * linearMinusLogOnePlus(b / a) - 0.5 * b / a + b * log1p(0.5 * (b + 1) / t)
            + stirlingRemainder(a + b) - stirlingRemainder(a)
        let ratio = exp(logRatio)
        let lambdas = logSinhCoefficients.map { (b - 1) * $0 }
        var d: [Double] = [1]
        var scale = 1.0
        var lowerSum = 0.0
        var upperSum = 0.0
        for k in 0...lambdas.count {
            if k > 0 {
                var next = 0.0
                for j in 1...k { next += Double(j) * lambdas[j - 1] * d[k - j] }
                d.append(next / Double(k))
                let order = b + Double(2 * k)
                scale *= (order - 2) * (order - 1) / (t * t)
            }
            let gamma = RegularizedGamma.tails(b + Double(2 * k), v)
            let weight = d[k] * scale
            let lowerTerm = weight * gamma.upper
            let upperTerm = weight * gamma.lower
            lowerSum += lowerTerm
            upperSum += upperTerm
            let tolerance = Double.ulpOfOne / 4
            if k > 0 && abs(lowerTerm) <= tolerance * abs(lowerSum) && abs(upperTerm) <= tolerance * abs(upperSum) {
                return (ratio * lowerSum, ratio * upperSum)
            }
        }
        return nil
    }
}
