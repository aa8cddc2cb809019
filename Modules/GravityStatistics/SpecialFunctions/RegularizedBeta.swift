import Foundation

/// The regularized incomplete beta function `I_x(a, b)` for `0 ≤ x ≤ 1`, `a, b > 0`.
public func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
    RegularizedBeta.tails(a, b, checkedPoint(x)).lower
}

/// The complement `1 − I_x(a, b) = I_{1−x}(b, a)`, computed directly so that tiny values keep
/// full relative precision.
public func regularizedIncompleteBetaComplement(_ x: Double, a: Double, b: Double) -> Double {
    RegularizedBeta.tails(a, b, checkedPoint(x)).upper
}

private func checkedPoint(_ x: Double) -> BetaPoint {
    precondition(x.isNaN || (0...1).contains(x), "The incomplete beta function needs 0 ≤ x ≤ 1, got \(x)")
    return BetaPoint(x: x)
}

/// Both tails of the regularized incomplete beta function.
///
/// The continued fraction
/// `I_x(a, b) = xᵃ(1 − x)ᵇ / (a B(a, b)) · 1/(1 + d₁/(1 + d₂/(1 + …)))`, with
/// `d₂ₘ₊₁ = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1))` and
/// `d₂ₘ = m(b − m)x / ((a + 2m − 1)(a + 2m))`, converges quickly for
/// `x < (a + 1)/(a + b + 2)`; beyond that the symmetry `I_x(a, b) = 1 − I_{1−x}(b, a)` is used.
/// It is evaluated with the modified Lentz algorithm. The tail on the continued-fraction side
/// is computed directly and the other as its complement. When one shape is large and the
/// point close to the corresponding end of the interval, ``LargeShapeBetaExpansion`` is used
/// instead, which is both faster and more accurate there.
enum RegularizedBeta {
    /// Iteration cap for the continued fraction, which needs `O(√max(a, b))` terms at worst.
    static let maxIterations = 1_000_000

    /// `(I_x(a, b), 1 − I_x(a, b))` at `point`.
    static func tails(_ a: Double, _ b: Double, _ point: BetaPoint) -> (lower: Double, upper: Double) {
        precondition(a > 0 && b > 0 && a.isFinite && b.isFinite,
                     "The incomplete beta function needs finite positive shapes, got \(a) and \(b)")
        if point.x.isNaN || point.y.isNaN { return (.nan, .nan) }
        if point.logX == -.infinity { return (0, 1) }
        if point.logY == -.infinity { return (1, 0) }
        if LargeShapeBetaExpansion.applies(a, b, point), let expanded = LargeShapeBetaExpansion.tails(a, b, point) {
            return expanded
        }
        if LargeShapeBetaExpansion.applies(b, a, point.mirrored),
           let expanded = LargeShapeBetaExpansion.tails(b, a, point.mirrored) {
            return (expanded.upper, expanded.lower)
        }
        if point.x < (a + 1) / (a + b + 2) {
            let lower = directTail(a, b, point)
            return (lower, 1 - lower)
        }
        let upper = directTail(b, a, point.mirrored)
        return (1 - upper, upper)
    }

    /// `I_x(a, b)` from the continued fraction, for `x` below the switch-over point.
    static func directTail(_ a: Double, _ b: Double, _ point: BetaPoint) -> Double {
        let prefix = BetaDensityPrefix.value(a, b, point)
        if prefix == 0 { return 0 }
        return prefix / a * continuedFraction(a, b, point.x)
    }

    /// `1/(1 + d₁/(1 + d₂/(1 + …)))` by the modified Lentz algorithm.
    static func continuedFraction(_ a: Double, _ b: Double, _ x: Double) -> Double {
        let tiny = Double.leastNormalMagnitude / Double.ulpOfOne
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var fraction = d
        for step in 1...maxIterations {
            let m = Double(step)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + even * d
            if abs(d) < tiny { d = tiny }
            c = 1 + even / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            fraction *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + odd * d
            if abs(d) < tiny { d = tiny }
            c = 1 + odd / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            fraction *= delta
            if abs(delta - 1) <= Double.ulpOfOne { break }
        }
        return fraction
    }
}
