import Foundation

/// The scaled complementary error function `erfcx(u) = exp(u²) erfc(u)` for `u ≥ 0`.
///
/// `erfcx` is smooth and well conditioned, so errors in `u` barely affect it; the large
/// Gaussian factor is left to `exp(−z²/2)` evaluated from the exact `z` (see
/// ``expMinusHalfSquare(_:)``). Below `u = 26` the product `exp(u²) · erfc(u)` is formed with
/// `u²` split exactly; above, where `erfc` underflows, Laplace's continued fraction
/// `erfc(u) = e^(−u²)/√π · 1/(u + (1/2)/(u + 1/(u + (3/2)/(u + …))))` is used, which at that
/// size is exact to rounding within 40 levels.
func scaledComplementaryErrorFunction(_ u: Double) -> Double {
    precondition(!(u < 0), "erfcx is only needed for non-negative arguments here, got \(u)")
    if u.isNaN { return .nan }
    if u < 26 {
        return expSquare(u) * erfc(u)
    }
    var tail = u
    for k in stride(from: 40.0, through: 1, by: -1) {
        tail = u + (k / 2) / tail
    }
    return 1 / (tail * Double.pi.squareRoot())
}

/// `exp(−z²/2)` with `z²` split exactly, so that `exp(−z²/2)` keeps full relative precision for
/// large `|z|` (forming `z * z` first would cost up to `z²/2` units in the last place).
func expMinusHalfSquare(_ z: Double) -> Double {
    let magnitude = abs(z)
    if magnitude.isNaN { return .nan }
    if magnitude > 40 { return 0 }
    let (high, low) = splitForExactSquare(magnitude)
    return exp(-0.5 * high * high) * exp(-(high * low + 0.5 * low * low))
}

/// `exp(u²)` for `0 ≤ u < 26.6`, with `u²` split exactly.
private func expSquare(_ u: Double) -> Double {
    let (high, low) = splitForExactSquare(u)
    return exp(high * high) * exp(low * (2 * high + low))
}

/// Splits `v` into `high + low` where `high` has at most 24 significant bits, so `high²` is
/// exact in double precision.
private func splitForExactSquare(_ v: Double) -> (high: Double, low: Double) {
    let high = Double(Float(v))
    return (high, v - high)
}
