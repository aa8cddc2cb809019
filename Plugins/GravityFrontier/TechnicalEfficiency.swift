import Foundation

/// The estimators of technical efficiency offered by the frontier models.
public enum EfficiencyEstimator: String, Sendable, CaseIterable {
    /// Battese and Coelli (1988): `E[exp(-u) | e]`, in (0, 1]; R frontier's default.
    case batteseCoelli = "battese-coelli"
    /// Jondrow, Lovell, Materov and Schmidt (1982): `exp(-E[u | e])`, in (0, 1].
    case jlms
    /// The output-oriented Farrell measure `E[exp(u) | e]`, at least 1 (R frontier's `minusU = FALSE`);
    /// not the reciprocal of the Battese-Coelli measure. `EstimationResult.efficiency`, which trade
    /// potential reads, then holds the Battese-Coelli measure.
    case farrell

    /// A description for notes.
    var label: String {
        switch self {
        case .batteseCoelli: return "Battese-Coelli (1988) E[exp(-u)|e]"
        case .jlms: return "Jondrow et al. (1982) exp(-E[u|e])"
        case .farrell: return "Farrell-type E[exp(u)|e]"
        }
    }

    /// The description in Chinese.
    var chineseLabel: String {
        switch self {
        case .batteseCoelli: return "Battese-Coelli (1988) E[exp(−u)|e]"
        case .jlms: return "Jondrow 等 (1982) exp(−E[u|e])"
        case .farrell: return "Farrell 型 E[exp(u)|e]"
        }
    }
}

/// The distribution of inefficiency given the composed residuals, row by row: `u = h * u*` with
/// `u* | e ~ N+(muStar, sigmaStar^2)` and a known scale `h` (the time decay of Battese-Coelli 1992,
/// 1 otherwise). Rows are in the model frame's order.
struct ConditionalInefficiency: Sendable {
    /// The mean of the normal distribution truncated at zero.
    var muStar: [Double]
    /// Its standard deviation.
    var sigmaStar: [Double]
    /// The scale `h` of each row.
    var scale: [Double]

    /// The efficiency of each row by `estimator`.
    func efficiencies(_ estimator: EfficiencyEstimator) -> [Double] {
        muStar.indices.map { i in
            let m = muStar[i], s = sigmaStar[i], h = scale[i]
            let ratio = m / s
            let logCdfRatio = NormalTail.logCdf(ratio)
            switch estimator {
            case .batteseCoelli:
                return exp(-h * m + 0.5 * h * h * s * s + NormalTail.logCdf(ratio - h * s) - logCdfRatio)
            case .jlms:
                return exp(-h * (m + s * NormalTail.millsRatio(ratio, logCdf: logCdfRatio)))
            case .farrell:
                return exp(h * m + 0.5 * h * h * s * s + NormalTail.logCdf(ratio + h * s) - logCdfRatio)
            }
        }
    }
}
