import Foundation

/// Accurate evaluation of `xᵃ (1 − x)ᵇ / B(a, b)`, the factor in front of the continued
/// fraction for the incomplete beta function (and, up to `x(1 − x)`, the beta density).
///
/// With `c = a + b` and Stirling remainders `δ`,
/// `xᵃ yᵇ / B(a, b) = √(ab / (2πc)) · exp(δ(c) − δ(a) − δ(b) + a·log(cx/a) + b·log(cy/b))`.
/// The two logarithms are each close to `±d/a`, `∓d/b` with `d = cx − a = bx − ay`, so they are
/// rewritten as `−a·g(d/a) − b·g(−d/b)` with `g(u) = u − log(1 + u)`; far from the mode, where
/// `cx/a` or `cy/b` is small, the logarithm of the point is used directly instead.
enum BetaDensityPrefix {
    /// `xᵃ (1 − x)ᵇ / B(a, b)`.
    static func value(_ a: Double, _ b: Double, _ point: BetaPoint) -> Double {
        exp(logValue(a, b, point))
    }

    /// `log(xᵃ (1 − x)ᵇ / B(a, b))`.
    static func logValue(_ a: Double, _ b: Double, _ point: BetaPoint) -> Double {
        if point.logX == -.infinity || point.logY == -.infinity { return -.infinity }
        let c = a + b
        let d = b * point.x - a * point.y
        let shareA = d / a
        let termA = shareA < -0.5
            ? a * (log(c / a) + point.logX) - d
            : -a * linearMinusLogOnePlus(shareA)
        let shareB = -d / b
        let termB = shareB < -0.5
            ? b * (log(c / b) + point.logY) + d
            : -b * linearMinusLogOnePlus(shareB)
        let normalisation = 0.5 * (log(a) + log(b / c)) - halfLogTwoPi
            + stirlingRemainder(c) - stirlingRemainder(a) - stirlingRemainder(b)
        return normalisation + termA + termB
    }
}
