import Foundation

/// Student's t distribution with `ν` degrees of freedom.
///
/// With `x = ν / (ν + t²)`, the upper tail is `P(T > t) = ½ I_x(ν/2, ½)` for `t > 0`; `x` and
/// `1 − x = t² / (ν + t²)` are both formed directly, so two-sided p-values stay accurate far
/// below `1e-300`, and large `ν` (hundreds of thousands of residual degrees of freedom) costs
/// no accuracy. `ν = +∞` gives the standard normal distribution.
public struct StudentTDistribution: Sendable, Equatable {
    /// The degrees of freedom `ν`.
    public let degreesOfFreedom: Double

    /// Student's t distribution with `degreesOfFreedom > 0` (possibly `+∞`).
    public init(degreesOfFreedom: Double) {
        precondition(degreesOfFreedom > 0, "Student's t needs positive degrees of freedom, got \(degreesOfFreedom)")
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// The density at `t`.
    public func pdf(_ t: Double) -> Double {
        exp(logPdf(t))
    }

    /// The logarithm of the density at `t`:
    /// `−(ν + 1)/2 · log(1 + t²/ν) − ½ log ν − log B(ν/2, ½)`.
    public func logPdf(_ t: Double) -> Double {
        let nu = degreesOfFreedom
        if nu == .infinity { return StandardNormal.logDensity(t) }
        if t.isNaN { return .nan }
        let ratio = (t / nu) * t
        let logOnePlusRatio = ratio.isFinite ? log1p(ratio) : 2 * log(abs(t)) - log(nu)
        return -0.5 * (nu + 1) * logOnePlusRatio - 0.5 * log(nu) - logBeta(0.5 * nu, 0.5)
    }

    /// `P(T ≤ t)`.
    public func cdf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        return t < 0 ? tails(-t).outer : 0.5 + tails(t).central
    }

    /// `P(T > t)`, computed directly rather than as `1 − cdf(t)`.
    public func sf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        return t > 0 ? tails(t).outer : 0.5 + tails(-t).central
    }

    /// The two-sided p-value `P(|T| ≥ |t|) = 2·sf(|t|)`, without cancellation.
    public func twoSidedPValue(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        return 2 * tails(abs(t)).outer
    }

    /// The `t` with `P(T ≤ t) = p`, to full double precision; `p = 0` and `p = 1` give `∓∞`.
    public func quantile(_ p: Double) -> Double {
        if degreesOfFreedom == .infinity { return StandardNormal.quantile(p) }
        return symmetricQuantile(p, upperTail: upperTailQuantile)
    }

    /// For `t ≥ 0`: `outer = P(T > t)` and `central = P(0 < T ≤ t)`, each computed directly.
    private func tails(_ t: Double) -> (outer: Double, central: Double) {
        let nu = degreesOfFreedom
        if nu == .infinity { return (StandardNormal.sf(t), StandardNormal.centralProbability(t)) }
        if t == 0 { return (0.5, 0) }
        if t == .infinity { return (0, 0.5) }
        let ratio = (t / nu) * t
        let point = ratio.isFinite ? BetaPoint(ratio: ratio) : BetaPoint(logRatio: 2 * log(t) - log(nu))
        let beta = RegularizedBeta.tails(0.5 * nu, 0.5, point)
        return (0.5 * beta.lower, 0.5 * beta.upper)
    }

    /// The `t > 0` with `P(T > t) = q`, for `0 < q < ½`.
    ///
    /// Near the centre (`q > ¼`) the equation `P(0 < T ≤ t) = ½ − q` is solved instead, since
    /// the upper tail is then close to ½ and would not determine a small `t` accurately.
    private func upperTailQuantile(_ q: Double) -> Double {
        let guess = initialGuess(q)
        if q > 0.25 {
            let solver = PositiveQuantileSolver(increasing: true) { t in
                (tails(t).central, logPdf(t))
            }
            return solver.solve(target: 0.5 - q, initialGuess: guess)
        }
        let solver = PositiveQuantileSolver(increasing: false) { t in
            (tails(t).outer, logPdf(t))
        }
        return solver.solve(target: q, initialGuess: guess)
    }

    /// A Cornish–Fisher expansion about the normal quantile (Abramowitz and Stegun 26.7.5).
    private func initialGuess(_ q: Double) -> Double {
        let z = StandardNormal.upperTailQuantile(q)
        let z2 = z * z
        let nu = degreesOfFreedom
        return z + z * (z2 + 1) / (4 * nu) + z * (5 * z2 * z2 + 16 * z2 + 3) / (96 * nu * nu)
    }
}
