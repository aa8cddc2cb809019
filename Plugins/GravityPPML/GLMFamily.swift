import Foundation

/// The distribution family of a pseudo-maximum-likelihood model with log link, E[y | x] = exp(x'b):
/// the IRLS driver needs only its variance function, its deviance and its log-likelihood.
///
/// All three families give consistent estimates of b whenever the conditional mean is right
/// (Gourieroux, Monfort & Trognon 1984); they differ in how they weight observations: Poisson PML
/// (Santos Silva & Tenreyro 2006) in proportion to the mean, Gamma PML as a constant elasticity
/// model, Gaussian PML (non-linear least squares) in proportion to the squared mean.
enum GLMFamily: String, CaseIterable, Sendable {
    case poisson, gamma, gaussian

    /// The variance as a function of the mean, up to a dispersion factor: mu, mu^2 or 1.
    func variance(_ mu: Double) -> Double {
        switch self {
        case .poisson: return mu
        case .gamma: return mu * mu
        case .gaussian: return 1
        }
    }

    /// The IRLS working weight (d mu / d eta)^2 / V(mu) = mu^2 / V(mu) under the log link.
    func workingWeight(_ mu: Double) -> Double {
        switch self {
        case .poisson: return mu
        case .gamma: return 1
        case .gaussian: return mu * mu
        }
    }

    /// The score factor (y - mu) (d mu / d eta) / V(mu) of one observation, which multiplies its
    /// regressors in the estimating equations and in the robust covariance.
    func score(y: Double, mu: Double) -> Double {
        (y - mu) * mu / variance(mu)
    }

    /// One observation's contribution to the deviance. For the Gamma family a zero outcome has no
    /// saturated likelihood; its contribution then omits the infinite constant -2 log(y), which
    /// leaves the deviance a valid convergence criterion (it differs from a deviance by a constant).
    func unitDeviance(y: Double, mu: Double) -> Double {
        switch self {
        case .poisson: return 2 * ((y > 0 ? y * Foundation.log(y / mu) : 0) - (y - mu))
        case .gamma: return 2 * ((y - mu) / mu - (y > 0 ? Foundation.log(y / mu) : -Foundation.log(mu)))
        case .gaussian: return (y - mu) * (y - mu)
        }
    }

    /// The log-likelihood of the means `mu(i)` given their weighted deviance; Poisson's is exact,
    /// the other two use the dispersion deviance / sum of weights. `nil` for Gamma with zero
    /// outcomes, where the Gamma density is undefined.
    func logLikelihood(response y: [Double], mean mu: (Int) -> Double, weights: [Double]?, deviance: Double) -> Double? {
        let totalWeight = weights.map { $0.reduce(0, +) } ?? Double(y.count)
        switch self {
        case .poisson:
            var sum = 0.0
            for i in y.indices {
                let m = mu(i)
                let term = (y[i] > 0 ? y[i] * Foundation.log(m) : 0) - m - lgamma(y[i] + 1)
                sum += (weights?[i] ?? 1) * term
            }
            return sum
        case .gaussian:
            let sigma2 = deviance / totalWeight
            return -0.5 * totalWeight * (Foundation.log(2 * Double.pi * sigma2) + 1)
        case .gamma:
            guard !y.contains(where: { $0 <= 0 }) else { return nil }
            // Gamma with shape nu = totalWeight / deviance (the deviance-based moment estimate).
            let nu = totalWeight / deviance
            var sum = 0.0
            for i in y.indices {
                let w = weights?[i] ?? 1
                let ratio = y[i] / mu(i)
                sum += w * (nu * Foundation.log(nu * ratio) - nu * ratio - Foundation.log(y[i]) - lgamma(nu))
            }
            return sum
        }
    }

    /// The family's name as printed.
    var name: String {
        switch self {
        case .poisson: return "Poisson"
        case .gamma: return "Gamma"
        case .gaussian: return "Gaussian"
        }
    }

    /// The family's name in Chinese reports.
    var chineseName: String {
        switch self {
        case .poisson: return "泊松"
        case .gamma: return "伽马"
        case .gaussian: return "高斯"
        }
    }
}
