import Foundation

/// The normal distribution with a given mean and standard deviation.
///
/// Tail probabilities and their logarithms are computed directly (never as `1 − cdf`) and stay
/// accurate far into the tails: `logCdf(-1e5)` is exact to rounding, which stochastic frontier
/// log-likelihoods rely on.
public struct NormalDistribution: Sendable, Equatable {
    /// The mean.
    public let mean: Double
    /// The standard deviation.
    public let sd: Double

    /// The normal distribution with the given mean and (positive, finite) standard deviation.
    public init(mean: Double = 0, sd: Double = 1) {
        precondition(mean.isFinite, "The normal mean must be finite, got \(mean)")
        precondition(sd > 0 && sd.isFinite, "The normal standard deviation must be positive and finite, got \(sd)")
        self.mean = mean
        self.sd = sd
    }

    /// The standard normal distribution, with mean 0 and standard deviation 1.
    public static let standard = NormalDistribution()

    /// The density at `x`.
    public func pdf(_ x: Double) -> Double {
        StandardNormal.density(standardized(x)) / sd
    }

    /// The logarithm of the density at `x`.
    public func logPdf(_ x: Double) -> Double {
        StandardNormal.logDensity(standardized(x)) - log(sd)
    }

    /// `P(X ≤ x)`.
    public func cdf(_ x: Double) -> Double {
        StandardNormal.cdf(standardized(x))
    }

    /// `P(X > x)`, computed directly rather than as `1 − cdf(x)`.
    public func sf(_ x: Double) -> Double {
        StandardNormal.sf(standardized(x))
    }

    /// `log P(X ≤ x)`, accurate far into the lower tail where `cdf(x)` underflows.
    public func logCdf(_ x: Double) -> Double {
        StandardNormal.logCdf(standardized(x))
    }

    /// `log P(X > x)`, accurate far into the upper tail where `sf(x)` underflows.
    public func logSf(_ x: Double) -> Double {
        StandardNormal.logSf(standardized(x))
    }

    /// The `x` with `P(X ≤ x) = p`, to full double precision; `p = 0` and `p = 1` give `∓∞`.
    public func quantile(_ p: Double) -> Double {
        mean + sd * StandardNormal.quantile(p)
    }

    private func standardized(_ x: Double) -> Double {
        (x - mean) / sd
    }
}
