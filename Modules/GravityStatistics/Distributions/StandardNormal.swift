import Foundation

/// The standard normal distribution's functions, shared by ``NormalDistribution`` and the
/// other distributions' initial quantile approximations.
///
/// Tails use `Φ(−z) = ½ erfcx(z/√2) · exp(−z²/2)`: `erfcx` is insensitive to the rounding of
/// `z/√2`, and the Gaussian factor is evaluated from the exact `z`, so tail probabilities keep
/// full relative precision down to the underflow threshold (`z ≈ −38.5`), and their logarithms
/// stay exact far beyond it.
enum StandardNormal {
    /// `1/√(2π)`.
    static let inverseSqrtTwoPi = 0.398942280401432677939946059934

    /// `φ(z)`.
    static func density(_ z: Double) -> Double {
        inverseSqrtTwoPi * expMinusHalfSquare(z)
    }

    /// `log φ(z)`.
    static func logDensity(_ z: Double) -> Double {
        -0.5 * z * z - halfLogTwoPi
    }

    /// `Φ(z)`.
    static func cdf(_ z: Double) -> Double {
        if z.isNaN { return .nan }
        return z < 0 ? smallerTail(-z) : 1 - smallerTail(z)
    }

    /// `Φ(z) − ½ = ½ erf(z/√2)`, accurate for small `|z|`.
    static func centralProbability(_ z: Double) -> Double {
        0.5 * erf(z * halfSqrtTwo)
    }

    /// `1 − Φ(z)`, computed directly.
    static func sf(_ z: Double) -> Double {
        cdf(-z)
    }

    /// `log Φ(z)`, accurate for arbitrarily negative `z` (where `Φ(z)` itself underflows).
    static func logCdf(_ z: Double) -> Double {
        if z.isNaN { return .nan }
        if z < 0 {
            return log(0.5 * scaledComplementaryErrorFunction(-z * halfSqrtTwo)) - 0.5 * z * z
        }
        return log1p(-smallerTail(z))
    }

    /// `log(1 − Φ(z))`.
    static func logSf(_ z: Double) -> Double {
        logCdf(-z)
    }

    /// `Φ⁻¹(p)` for `0 ≤ p ≤ 1`.
    ///
    /// The answer is found as a positive root of a tail equation solved to full precision:
    /// for `|p − ½| ≤ 0.425` the central probability `½ erf(z/√2) = |p − ½|`, beyond it the
    /// tail `Φ(−z) = min(p, 1 − p)`; both right-hand sides are exact in floating point.
    static func quantile(_ p: Double) -> Double {
        symmetricQuantile(p, upperTail: upperTailQuantile)
    }

    /// The `z > 0` with `Φ(−z) = q`, for `0 < q < ½`.
    static func upperTailQuantile(_ q: Double) -> Double {
        let central = 0.5 - q
        if central <= 0.425 {
            let solver = PositiveQuantileSolver(increasing: true) { z in
                (centralProbability(z), logDensity(z))
            }
            return solver.solve(target: central, initialGuess: central / inverseSqrtTwoPi)
        }
        let solver = PositiveQuantileSolver(increasing: false) { z in
            (smallerTail(z), logDensity(z))
        }
        return solver.solve(target: q, initialGuess: tailApproximation(q))
    }

    /// Abramowitz and Stegun 26.2.23: the `z` with `Φ(−z) ≈ q` to within `4.5 × 10⁻⁴`.
    private static func tailApproximation(_ q: Double) -> Double {
        let t = (-2 * log(q)).squareRoot()
        return t - (2.515517 + t * (0.802853 + t * 0.010328))
            / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)))
    }

    /// `Φ(−z)` for `z ≥ 0`.
    private static func smallerTail(_ z: Double) -> Double {
        0.5 * scaledComplementaryErrorFunction(z * halfSqrtTwo) * expMinusHalfSquare(z)
    }

    /// `1/√2`.
    private static let halfSqrtTwo = 0.707106781186547524400844362105
}
