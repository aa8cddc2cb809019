/// The small-sample convention of robust and clustered standard errors (`--option ssc=...`).
///
/// With `N` observations, `G` clusters and `K` parameters:
/// - ``fixest`` (fixest's and pyfixest's defaults, the default for models with absorbed fixed
///   effects): least squares and GLMs alike, `G/(G-1) (N-1)/(N-K)` for clusters, `N/(N-K)` for
///   `hc1`, and `SSR/(N-K)` for classical errors; `K` counts the coefficients plus the fixed
///   effects as fixest counts them (all levels, less one per dimension after the first;
///   dimensions nested in a cluster column count one); multiway clustering uses the smallest
///   `G` in every term (fixest's `cluster.df = "min"`).
/// - ``stata`` (the default without fixed effects): what Stata's commands with explicit
///   dummies give. Least squares (`regress`): `K` counts every estimated parameter, fixed
///   effects included (exactly for one and two dimensions); clusters `G/(G-1) (N-1)/(N-K)`,
///   multiway terms each with their own `G` (as R's `sandwich::vcovCL`). GLMs (`glm`, `ppml`):
///   clusters `G/(G-1)` only; `hc1` (robust) `N/(N-1)`.
public enum SmallSampleConvention: String, Sendable, CaseIterable {
    /// fixest / pyfixest / reghdfe-style counting, smallest G in multiway terms.
    case fixest
    /// Stata with explicit dummies (`regress`, `glm`, `ppml`).
    case stata

    /// The estimator option `ssc`: `auto` picks ``fixest`` with absorbed fixed effects and
    /// ``stata`` otherwise.
    public static let option = OptionSpecification(
        name: "ssc", kind: .choice(["auto", "fixest", "stata"]), defaultValue: "auto",
        help: "Small-sample convention of robust and clustered SEs: fixest (default with fixed effects), stata (default without)")

    /// The convention chosen by the `ssc` option value, given whether fixed effects are absorbed.
    public init(option value: String, hasFixedEffects: Bool) {
        self = SmallSampleConvention(rawValue: value) ?? (hasFixedEffects ? .fixest : .stata)
    }
}

/// Whether the covariance belongs to a least-squares fit or a generalized linear model; the
/// small-sample factors of ``SmallSampleConvention/stata`` differ between them.
public enum EstimatorFamily: Sendable {
    /// Least squares: the classical variance scale is `SSR/(N-K)`.
    case leastSquares
    /// A GLM fitted by IRLS: the classical variance is `dispersion * bread`.
    case generalizedLinear(dispersion: Double)
}

/// Parameters absorbed by fixed effects, counted the two ways the conventions need.
public struct AbsorbedParameters: Sendable, Equatable {
    /// Every estimated fixed-effect parameter (exact for one and two dimensions): Stata's count.
    public var total: Int
    /// fixest's count, given which dimensions are nested in the cluster columns used.
    public var fixest: Int

    /// Counts of absorbed parameters.
    public init(total: Int, fixest: Int) {
        self.total = total
        self.fixest = fixest
    }

    /// No fixed effects.
    public static let none = AbsorbedParameters(total: 0, fixest: 0)
}
