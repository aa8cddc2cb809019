import GravityCore

/// The small-sample factor of a panel cluster-robust covariance, and the reference distribution
/// of its tests. The sandwich itself, `(X'X)^-1 [sum_g X_g' u_g u_g' X_g] (X'X)^-1` on the
/// transformed data, is the same in every convention.
///
/// With `N` observations, `G` clusters and `k` coefficients estimated on the transformed data
/// (the slopes for `fe`; every coefficient, intercept included, for `re` and `fd`):
/// - ``stata``: `G/(G-1) * (N-1)/(N-K)` with `K` counting the constant that `xtreg, fe` reports
///   (`K = k + 1` for `fe`, `k` otherwise); t(G-1) p-values for `fe` and `fd`, normal for `re`,
///   as Stata's `xtreg, vce(cluster id)`.
/// - ``plm``: `N/(N-k)`, as R's `plm::vcovHC(method = "arellano", type = "HC1")`; t(df residual)
///   p-values, as `lmtest::coeftest`, normal for `re`.
/// - ``plmHC0``: no factor (`type = "HC0"`, plm's default).
/// - ``plmSSS``: `G/(G-1) * (N-1)/(N-k)`, plm's "Stata small sample" `type = "sss"`.
///
/// For `fd`, `N` counts the differenced rows. (plm 2.6's `vcovHC` for first-difference models
/// computes its HC1 factor as `N_d / (N - k)` with `N` the undifferenced row count; here it is
/// `N_d / (N_d - k)`. Its HC0 and sss factors agree with these.)
public enum ClusterConvention: String, Sendable, CaseIterable {
    /// Stata's `xtreg, vce(cluster)`: `G/(G-1) (N-1)/(N-K)`, K counting the constant; t(G-1).
    case stata
    /// plm's `vcovHC(method = "arellano", type = "HC1")`: `N/(N-k)`; t(df residual).
    case plm
    /// plm's `type = "HC0"`: the plain cluster sandwich.
    case plmHC0 = "plm-hc0"
    /// plm's `type = "sss"`: `G/(G-1) (N-1)/(N-k)`.
    case plmSSS = "plm-sss"

    /// The factor for `clusters` clusters, `observations` rows and `coefficients` estimated on
    /// the transformed data; `absorbsConstant` adds the constant Stata counts for `fe`.
    public func factor(clusters: Int, observations: Int, coefficients: Int, absorbsConstant: Bool) -> Double {
        let g = Double(clusters), n = Double(observations), k = Double(coefficients)
        switch self {
        case .stata: return g / (g - 1) * (n - 1) / (n - k - (absorbsConstant ? 1 : 0))
        case .plm: return n / (n - k)
        case .plmHC0: return 1
        case .plmSSS: return g / (g - 1) * (n - 1) / (n - k)
        }
    }

    /// The formula of the factor, for covariance labels.
    var formula: String {
        switch self {
        case .stata: return "G/(G-1)*(N-1)/(N-K) with K counting the constant, as Stata xtreg vce(cluster)"
        case .plm: return "N/(N-k), as plm vcovHC(method = \"arellano\", type = \"HC1\")"
        case .plmHC0: return "no small-sample factor, as plm vcovHC(method = \"arellano\", type = \"HC0\")"
        case .plmSSS: return "G/(G-1)*(N-1)/(N-k), as plm vcovHC(method = \"arellano\", type = \"sss\")"
        }
    }

    /// The option that selects a convention, shared by the panel estimators.
    static let option = OptionSpecification(
        name: "cluster_convention", kind: .choice(allCases.map(\.rawValue)), defaultValue: ClusterConvention.stata.rawValue,
        help: "Small-sample factor of cluster-robust standard errors: stata (xtreg vce(cluster)), plm (arellano HC1), plm-hc0, plm-sss")
}
